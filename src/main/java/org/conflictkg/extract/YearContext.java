package org.conflictkg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a date written without one ("On January 2, terrorists attacked ...") belongs to in a text that has no
 * publication date: the latest year written on its own before it ("2021 Terrorist Incidents", "during 2021"), as
 * annual reports and chronologies give the year once for the dates that follow. The year of a full date ("May 17,
 * 2021") does not count: a header date that the document dating did not trust must not come back this way; nor does
 * a year on a short first line, which is page debris or a label rather than the text's year.
 */
public final class YearContext {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,-])(19[5-9]\\d|20\\d\\d)(?![\\d/-])");
    /** A month name and day (or day and month name) right before a year: the year of a full date. */
    private static final Pattern DAY_BEFORE = Pattern.compile("(?i)(\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?|\\b\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
            + "\\.?,?)\\s*$");

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final Pattern DAY_MONTH = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)");

    /** A first line shorter than this is page debris or a label ("BtH 2021 3d icon"), not a year for the text. */
    private static final int SHORT_LINE = 40;

    private YearContext() {
    }

    /**
     * The year of a date written without one ("XXXX-01-15" for "On 15 January"): the year of the latest full date of
     * the same day written before it ("At dawn 15 January 2016, ..."; a report tells its day again without the
     * year), else {@link #yearBefore}.
     */
    public static Optional<String> yearOf(String text, int offset, String value) {
        Matcher dayMonth = DAY_MONTH.matcher(value);
        int month = dayMonth.matches() ? Integer.parseInt(dayMonth.group(1)) : 0;
        if (month < 1 || month > 12) {
            return yearBefore(text, offset);
        }
        int day = Integer.parseInt(dayMonth.group(2));
        String name = MONTHS[month - 1] + "[a-z]*\\.?";
        Pattern sameDay = Pattern.compile("(?i)(?:\\b" + day + "(?:st|nd|rd|th)?\\s+" + name + ",?|\\b" + name
                + "\\s+" + day + "(?:st|nd|rd|th)?,?)\\s+(19[5-9]\\d|20\\d\\d)(?!\\d)");
        Matcher m = sameDay.matcher(text).region(0, Math.max(0, Math.min(offset, text.length())));
        String year = null;
        while (m.find()) {
            year = m.group(1);
        }
        return year != null ? Optional.of(year) : yearBefore(text, offset);
    }

    /** The latest year written in the text before this offset, if any. */
    public static Optional<String> yearBefore(String text, int offset) {
        Matcher m = YEAR.matcher(text).region(0, Math.max(0, Math.min(offset, text.length())));
        String year = null;
        int firstLine = text.indexOf('\n');
        int debris = firstLine >= 0 && firstLine < SHORT_LINE ? firstLine : 0;
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 16), m.start());
            if (m.start() >= debris && !DAY_BEFORE.matcher(before).find()) {
                year = m.group(1);
            }
        }
        return Optional.ofNullable(year);
    }
}
