package org.conflictkg.extract.incident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.extract.EventDate;

/**
 * Finds the date headings that open the records of incident logs and databases ("03/25/2015: An explosive device
 * ...", a line "March 22, 2024 (Friday)" above a day's items): a date at the start of a line, followed by a colon
 * or alone on its line. A heading dates the records below it until the next heading. A news dateline
 * ("KABUL, Afghanistan (AP) -") starts with a place, so it is never a heading.
 */
public final class RecordHeadings {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final String END = "(?:\\s*\\((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\))?"
            + "\\s*(?::|$)";
    private static final Pattern NUMERIC = Pattern.compile(
            "(?m)^[ \\t*•-]*(\\d{1,2})/(\\d{1,2})/(\\d{4})" + END);
    private static final Pattern ISO = Pattern.compile("(?m)^[ \\t*•-]*(\\d{4})-(\\d{2})-(\\d{2})" + END);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?m)^[ \\t*•-]*" + MONTH + " (\\d{1,2}),? (\\d{4})" + END);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?m)^[ \\t*•-]*(\\d{1,2}) " + MONTH + ",? (\\d{4})" + END);

    /**
     * A date heading and the stretch of text it dates.
     *
     * @param begin offset of the heading
     * @param end offset where its records end: the next heading or the end of the text
     * @param date the date it gives, scope "heading"
     */
    public record Heading(int begin, int end, EventDate date) {

        /** Whether an offset lies under this heading. */
        public boolean covers(int offset) {
            return offset >= begin && offset < end;
        }
    }

    private RecordHeadings() {
    }

    /** The date headings of a text, in text order. */
    public static List<Heading> find(String text) {
        List<int[]> spans = new ArrayList<>();
        List<EventDate> dates = new ArrayList<>();
        collect(NUMERIC.matcher(text), m -> date(m.group(3), m.group(1), m.group(2)), spans, dates);
        collect(ISO.matcher(text), m -> date(m.group(1), m.group(2), m.group(3)), spans, dates);
        collect(MONTH_FIRST.matcher(text), m -> date(m.group(3), month(m.group(1)), m.group(2)), spans, dates);
        collect(DAY_FIRST.matcher(text), m -> date(m.group(3), month(m.group(2)), m.group(1)), spans, dates);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(spans.get(a)[0], spans.get(b)[0]));
        List<Heading> headings = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int end = k + 1 < order.size() ? spans.get(order.get(k + 1))[0] : text.length();
            headings.add(new Heading(spans.get(i)[0], end, dates.get(i)));
        }
        return headings;
    }

    /** The heading whose records include this offset. */
    public static Optional<Heading> at(List<Heading> headings, int offset) {
        return headings.stream().filter(h -> h.covers(offset)).findFirst();
    }

    private interface DateOf {
        Optional<LocalDate> of(Matcher m);
    }

    private static void collect(Matcher m, DateOf parse, List<int[]> spans, List<EventDate> dates) {
        while (m.find()) {
            Optional<LocalDate> date = parse.of(m);
            if (date.isPresent()) {
                spans.add(new int[] {m.start(), m.end()});
                dates.add(new EventDate(date.get().toString(), "day", "heading", m.group().strip()));
            }
        }
    }

    private static String month(String name) {
        String key = name.replace(".", "").toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(key.length() >= 3 ? key.substring(0, 3) : key)) {
                return String.valueOf(month.getValue());
            }
        }
        return "0";
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
