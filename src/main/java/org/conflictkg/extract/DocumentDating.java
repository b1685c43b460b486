package org.conflictkg.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;

/**
 * Establishes a document's publication date, in order of authority: the document's own metadata, then the date
 * given on the command line, then a dateline at the start of the text ("12/19/2019:", "March 23, 2024 -",
 * "May 17, 2021 |"). A dateline that the text contradicts (it names later years, other than as deadlines such as
 * "by 2030") is not used, and a warning says so.
 */
public final class DocumentDating {

    private static final int HEAD_LENGTH = 400;
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?mU)^[^\\n]{0,40}?\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*(?:[-–—|:(]|$)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?mU)^[^\\n]{0,40}?\\b(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})\\s*(?:[-–—|:(]|$)");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?mU)^\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*[-–—|:]");
    private static final Pattern MONTH_DAY_NO_YEAR = Pattern.compile(
            "(?mU)^[\\p{Lu}][\\p{Lu}\\p{L} .,'()-]{1,60}?,\\s+" + MONTH + "\\s+(\\d{1,2})\\s*(?:\\([^)]{0,40}\\)\\s*)?[-–—]");
    private static final Pattern ISO = Pattern.compile("(?mU)^\\s*(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** A line that holds only a date ("September 21, 2013", "Dec. 16, 2014", "February 21, 2011:"). */
    private static final Pattern DATE_ALONE = Pattern.compile("(?U)(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:\\s*\\(\\p{L}+\\))?\\s*:?");
    private static final Pattern YEAR = Pattern.compile(
            "(?i)(\\b(?:by|until|till|through|before|in the year)\\s+)?\\b(19[5-9]\\d|20\\d\\d)\\b");

    private DocumentDating() {
    }

    /** The date of a document, given the date the user gave on the command line, if any. */
    public static DocumentDate resolve(Document document, Optional<PublicationDate> commandLineDate) {
        Optional<Dateline> dateline = dateline(document.text());
        int end = dateline.map(Dateline::end).orElse(yearlessDatelineEnd(document.text()));
        int begin = datelineBegin(document.text(), end);
        if (document.date().isPresent()) {
            return new DocumentDate(document.date(), "metadata", List.of(), begin, end);
        }
        if (commandLineDate.isPresent()) {
            return new DocumentDate(commandLineDate, "command-line", List.of(), begin, end);
        }
        if (dateline.isEmpty()) {
            return new DocumentDate(Optional.empty(), "none", List.of(), 0, 0);
        }
        LocalDate date = dateline.get().date();
        TreeSet<Integer> later = laterYears(document.text(), date.getYear());
        if (!later.isEmpty()) {
            List<String> warnings = new ArrayList<>();
            warnings.add("dateline " + date + " not used: the text names later years " + later
                    + "; give the publication date with --date");
            return new DocumentDate(Optional.empty(), "none", warnings, begin, end);
        }
        return new DocumentDate(Optional.of(PublicationDate.of(date)), "dateline", List.of(), begin, end);
    }

    /**
     * Where the dateline that ends at this offset begins: its line, when the line holds only the date (a press
     * statement's date under its title and issuer: the lines above are the statement's title); else the start of
     * the text, as a news dateline follows only furniture (a logo, a byline, a reading time).
     */
    static int datelineBegin(String text, int end) {
        int last = end - 1;
        while (last > 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (last <= 0) {
            return 0;
        }
        int begin = text.lastIndexOf('\n', last) + 1;
        int lineEnd = text.indexOf('\n', last);
        String line = text.substring(begin, lineEnd < 0 ? text.length() : lineEnd).strip();
        return DATE_ALONE.matcher(line).matches() ? begin : 0;
    }

    /**
     * Where a dateline without a year ends ("KABUL, March 3 -"): its day is the publication's, so no event takes its
     * date from it; 0 when there is none.
     */
    static int yearlessDatelineEnd(String text) {
        Matcher m = MONTH_DAY_NO_YEAR.matcher(text.substring(0, Math.min(text.length(), HEAD_LENGTH)));
        return m.find() ? m.end() : 0;
    }

    /** A dateline: its date and the offset where it ends. */
    record Dateline(LocalDate date, int end) {
    }

    /** A date written as a dateline near the start of a text, if there is one. */
    static Optional<Dateline> dateline(String text) {
        String head = text.substring(0, Math.min(text.length(), HEAD_LENGTH));
        Matcher m = NUMERIC.matcher(head);
        if (m.find()) {
            return at(date(m.group(3), m.group(1), m.group(2)), m);
        }
        m = ISO.matcher(head);
        if (m.find()) {
            return at(date(m.group(1), m.group(2), m.group(3)), m);
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(head);
        if (mdy.find()) {
            return at(month(mdy.group(1)).flatMap(month -> date(mdy.group(3), Integer.toString(month),
                    mdy.group(2))), mdy);
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(head);
        if (dmy.find()) {
            return at(month(dmy.group(2)).flatMap(month -> date(dmy.group(3), Integer.toString(month),
                    dmy.group(1))), dmy);
        }
        return Optional.empty();
    }

    private static Optional<Dateline> at(Optional<LocalDate> date, Matcher matcher) {
        return date.map(d -> new Dateline(d, matcher.end()));
    }

    private static TreeSet<Integer> laterYears(String text, int year) {
        TreeSet<Integer> later = new TreeSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int found = Integer.parseInt(m.group(2));
            if (found > year && m.group(1) == null) {
                later.add(found);
            }
        }
        return later;
    }

    private static Optional<Integer> month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
