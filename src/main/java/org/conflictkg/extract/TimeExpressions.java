package org.conflictkg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.conflictkg.source.PublicationDate;

/** Reads the calendar dates that the time expressions of a document's sentences name. */
final class TimeExpressions {

    private static final Pattern RELATIVE_OFFSET = Pattern.compile(
            "(?i)\\b(a|an|\\d+|[a-z]+)\\s+(days?|weeks?)\\s+(later|after|afterwards|earlier|before|prior)\\b");
    /** The day next to another: "the day before", "the day after", "the previous day", "the next day". */
    private static final Pattern ADJACENT_DAY = Pattern.compile(
            "(?i)the\\s+(?:day\\s+(before|earlier|after|later)|(previous|next|following)\\s+day)\\b");
    private static final Pattern SAME_YEAR = Pattern.compile("(?i)\\b(that|the same) year\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern YEAR_WRITTEN = Pattern.compile("\\d{4}|'\\d{2}\\b");
    private static final Pattern SEASON = Pattern.compile("\\d{4}-(SP|SU|FA|WI)");
    /**
     * A part of a day ("last night", "Friday evening": 2017-08-14TNI) dates like the day itself when the words name
     * that day; "the same evening" and "overnight" name none (the tagger puts them on the publication day).
     */
    private static final Pattern DAY_PART = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(NI|MO|AF|EV)");
    private static final Pattern DAY_ANCHOR = Pattern.compile(
            "(?i)\\b(last|yesterday|this|tonight|(mon|tues|wednes|thurs|fri|satur|sun)day)\\b");
    /** The normalised dates of the publication's own day: today, tonight, this afternoon. */
    private static final Pattern PUBLICATION_DAY = Pattern.compile("THIS (P1D|NI|AF)");
    /** The words that join the first and last day of a range ("15 to 16 January", "between 15 June and 17 June"). */
    private static final Set<String> RANGE_LINKS = Set.of("to", "and", "-", "–", "until", "through");
    /** A day of a month without its year, as the tagger normalises it: XXXX-06-15. */
    private static final Pattern YEARLESS_DAY = Pattern.compile("XXXX-(\\d\\d)-\\d\\d");
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** A day or other period counted in a sequence ("third day", "second year"), no date. */
    private static final Pattern SEQUENCE_PERIOD = Pattern.compile("(?i)(first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|\\d+(st|nd|rd|th)) (day|night|week|month|year)s?");
    private static final Pattern PERIOD_OFFSET = Pattern.compile("THIS P1([YM])(?: OFFSET P(-?\\d+)\\1)?");

    private final AnnotatedText text;
    private final Optional<PublicationDate> documentDate;
    private final int datelineEnd;

    /**
     * The time expressions of a text published on this date (if known, to the day, month or year) whose dateline
     * ends at this offset. The text was annotated with the publication day as the anchor of relative expressions
     * only when the day is known: under a month or a year, "on Monday" and "yesterday" stay unresolved.
     */
    TimeExpressions(AnnotatedText text, Optional<PublicationDate> documentDate, int datelineEnd) {
        this.text = text;
        this.documentDate = documentDate;
        this.datelineEnd = datelineEnd;
    }


    /** A time expression of a sentence: the index of its first token and the date it names. */
    record Dated(int first, EventDate date) {
    }

    /**
     * The normalised dates of a sentence. A date written without its year ("March 23", "in July") that the
     * normaliser put after the publication date is moved back a year, and a weekday ("on Tuesday") back a week:
     * news reports what has happened, and the normaliser reads the tense of the sentence ("will have
     * implications") as pointing forward. The dateline's date is the publication's, not an event's. A holiday
     * naming a thing ("a Christmas market") is no time expression. Under a publication date known only to the
     * month or year, a date without its year ("on 5 March", "in March") takes the publication's year, and "last
     * year" or "this month" count from the publication's year or month, "today" is in the publication's month; a day
     * named only relative to the publication ("on Monday", "yesterday") stays undated.
     */
    List<Dated> in(Sentence sentence, EventDate paragraphDate) {
        List<Dated> spans = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int last = i;
            while (last + 1 < tokens.size() && Set.of("DATE", "TIME").contains(tokens.get(last + 1).ner())
                    && tokens.get(last + 1).normalized().equals(token.normalized())) {
                last++;
            }
            boolean dayPart = token.ner().equals("TIME") && DAY_PART.matcher(token.normalized()).matches()
                    && DAY_ANCHOR.matcher(text.text().substring(token.begin(), tokens.get(last).end())).find();
            if (!token.ner().equals("DATE") && !dayPart || token.begin() < datelineEnd) {
                i++;
                continue;
            }
            if (notADate(tokens, i, last)) {
                i = last + 1;
                continue;
            }
            String value = token.normalized();
            if (value.length() > 10 && value.charAt(10) == 'T') {
                value = value.substring(0, 10);
            }
            if (SEASON.matcher(value).matches()) {
                value = value.substring(0, 4);
            }
            Optional<PublicationDate> coarse = documentDate.filter(d -> d.day().isEmpty());
            if (value.startsWith("XXXX-") && documentDate.isEmpty()) {
                value = YearContext.yearOf(text.text(), token.begin(), value).orElse("XXXX") + value.substring(4);
            } else if (value.startsWith("XXXX-") && coarse.isPresent()) {
                value = coarse.get().year() + value.substring(4);
            }
            value = coarse.flatMap(d -> fromPublication(token.normalized(), d)).orElse(value);
            Token lastToken = tokens.get(last);
            Token head = sentence.head(lastToken);
            boolean nameOfThing = lastToken.relation().startsWith("compound") && head != null && head.isNoun()
                    && !head.ner().equals("DATE") && !text.text().substring(token.begin(), lastToken.end())
                    .matches(".*(\\d|(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day)).*");
            String window = text.text().substring(token.begin(), Math.min(text.text().length(), token.begin() + 60));
            Matcher adjacent = ADJACENT_DAY.matcher(window);
            if (adjacent.lookingAt()) {
                boolean back = adjacent.group(1) != null
                        ? Set.of("before", "earlier").contains(adjacent.group(1).toLowerCase(Locale.ROOT))
                        : adjacent.group(2).equalsIgnoreCase("previous");
                String written = adjacent.group();
                adjacentDay(paragraphDate, documentDate.flatMap(PublicationDate::day), back,
                        window.substring(adjacent.end())).ifPresent(d ->
                        spans.add(new Dated(token.index(), new EventDate(d.toString(), "day", "sentence",
                                written))));
                i = last + 1;
                continue;
            }
            Matcher relative = RELATIVE_OFFSET.matcher(window);
            if (relative.lookingAt()) {
                String written = relative.group();
                relativeDate(relative, paragraphDate, window.substring(relative.end())).ifPresent(d ->
                        spans.add(new Dated(token.index(), new EventDate(d.toString(), "day", "sentence",
                                written))));
                i = last + 1;
                continue;
            }
            if (DATE_VALUE.matcher(value).matches() && calendarDate(value) && !nameOfThing) {
                String precision = value.length() == 10 ? "day" : value.length() == 7 ? "month" : "year";
                String written = text.text().substring(token.begin(), tokens.get(last).end());
                String following = text.text().substring(lastToken.end(),
                        Math.min(text.text().length(), lastToken.end() + 20));
                Optional<String> thatYear = SAME_YEAR.matcher(written + following).find() && !precision.equals("year")
                        ? earlierYear(spans, paragraphDate) : Optional.empty();
                if (thatYear.isPresent()) {
                    value = thatYear.get() + value.substring(4);
                } else if (documentDate.isPresent() && !YEAR_WRITTEN.matcher(written).find()
                        && !precision.equals("year") && after(value, documentDate.get())) {
                    value = WEEKDAY.matcher(written).find() && precision.equals("day")
                            ? LocalDate.parse(value).minusWeeks(1).toString()
                            : (Integer.parseInt(value.substring(0, 4)) - 1) + value.substring(4);
                }
                if (calendarDate(value)) {
                    spans.add(new Dated(i, new EventDate(value, precision, "sentence", written)));
                }
            }
            i = last + 1;
        }
        return rangeStarts(tokens, spans);
    }

    /**
     * Whether the tagger's date is none: a day or year counted in a sequence ("after a third day of clashes", "in
     * its second year"), or a year that ends a name other than a place's ("the Terrorism Act 2000", "Euro 2016"; "the
     * Madrid 2004 bombings" is dated).
     */
    private boolean notADate(List<Token> tokens, int first, int last) {
        String written = text.text().substring(tokens.get(first).begin(), tokens.get(last).end());
        if (SEQUENCE_PERIOD.matcher(written).matches()) {
            return true;
        }
        Token before = first > 0 ? tokens.get(first - 1) : null;
        return first == last && written.matches("\\d{4}") && before != null && before.pos().startsWith("NNP")
                && !Set.of("DATE", "LOCATION").contains(before.ner());
    }

    /**
     * A range of days is dated by its first day, as GTD codes an incident that runs over several days: "Between 15
     * June and 17 June 2014" and "From the 15 to 16 January 2019" are 2014-06-15 and 2019-01-15, whatever the tagger
     * made of the first day (a date without its year, or a bare number).
     */
    private static List<Dated> rangeStarts(List<Token> tokens, List<Dated> spans) {
        List<Dated> result = new ArrayList<>(spans);
        for (Dated end : spans) {
            if (!end.date().precision().equals("day") || end.first() < 2) {
                continue;
            }
            int link = end.first() - 1;
            if (!RANGE_LINKS.contains(tokens.get(link).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = link - 1;
            String month = end.date().value().substring(5, 7);
            Matcher yearless = YEARLESS_DAY.matcher(tokens.get(start).normalized());
            if (tokens.get(start).ner().equals("DATE") && yearless.matches()) {
                month = yearless.group(1);
                while (start > 0 && tokens.get(start - 1).normalized().equals(tokens.get(start).normalized())) {
                    start--;
                }
            }
            Token first = tokens.get(start);
            if (!first.pos().equals("CD") || !first.word().matches("\\d{1,2}")) {
                continue;
            }
            int opener = start - 1;
            if (opener > 0 && tokens.get(opener).word().equalsIgnoreCase("the")) {
                opener--;
            }
            if (opener < 0 || !Set.of("from", "between").contains(tokens.get(opener).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String value = end.date().value().substring(0, 5) + month + "-"
                    + String.format(Locale.ROOT, "%02d", Integer.parseInt(first.word()));
            if (!calendarDate(value) || value.compareTo(end.date().value()) >= 0) {
                continue;
            }
            int from = start;
            result.removeIf(d -> d.first() >= from && d.first() <= end.first());
            result.add(new Dated(start, new EventDate(value, "day", "sentence", end.date().text())));
        }
        result.sort(Comparator.comparingInt(Dated::first));
        return result;
    }

    /**
     * The day an offset such as "two days later" or "a week earlier" names, counted from the latest day-precise
     * date of the paragraph; none when the paragraph has none, or when the offset counts from an event ("three days
     * before the attack"), whose date is not known here: no date is better than one counted from the wrong day.
     */
    private static Optional<LocalDate> relativeDate(Matcher offset, EventDate paragraphDate, String following) {
        if (paragraphDate == null || !paragraphDate.precision().equals("day")
                || following.matches("(?s)\\s+(the|this|that|its|their)\\s.*")) {
            return Optional.empty();
        }
        String amount = offset.group(1).toLowerCase(Locale.ROOT);
        Integer n = amount.matches("\\d+") ? Integer.valueOf(amount)
                : amount.equals("a") || amount.equals("an") ? Integer.valueOf(1) : NumberWords.value(amount);
        if (n == null) {
            return Optional.empty();
        }
        int days = offset.group(2).toLowerCase(Locale.ROOT).startsWith("week") ? 7 * n : n;
        boolean back = Set.of("earlier", "before", "prior").contains(offset.group(3).toLowerCase(Locale.ROOT));
        LocalDate anchor = LocalDate.parse(paragraphDate.value());
        return Optional.of(back ? anchor.minusDays(days) : anchor.plusDays(days));
    }

    /**
     * The day before or after the paragraph's day, else the publication's ("a massacre ... that occurred the day
     * before" in a digest of that day, "the next day"); none when neither is known to the day, or when the phrase
     * counts from an event ("the day before the attack").
     */
    private static Optional<LocalDate> adjacentDay(EventDate paragraphDate, Optional<LocalDate> published,
            boolean back, String following) {
        if (following.matches("(?s)\\s+(the|this|that|its|their)\\s.*")) {
            return Optional.empty();
        }
        Optional<LocalDate> anchor = paragraphDate != null && paragraphDate.precision().equals("day")
                ? Optional.of(LocalDate.parse(paragraphDate.value())) : published;
        return anchor.map(day -> back ? day.minusDays(1) : day.plusDays(1));
    }

    /** The year of the latest earlier date of the sentence, else of the paragraph: what "that year" refers to. */
    private static Optional<String> earlierYear(List<Dated> spans, EventDate paragraphDate) {
        if (!spans.isEmpty()) {
            return Optional.of(spans.get(spans.size() - 1).date().value().substring(0, 4));
        }
        return Optional.ofNullable(paragraphDate).map(d -> d.value().substring(0, 4));
    }

    /**
     * Whether a normalised value names a day or month of the calendar: "29 February" moved to a year before a
     * document's date, or a typo such as "31 April", does not, and gives no date rather than a wrong one.
     */
    private static boolean calendarDate(String value) {
        try {
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else if (value.length() == 7) {
                YearMonth.parse(value);
            }
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Whether a date is later than the publication, as far as the publication date tells: any day or month of the
     * publication's year may be before a publication known only to the year.
     */
    private static boolean after(String value, PublicationDate documentDate) {
        if (documentDate.day().isPresent() && value.length() == 10) {
            return LocalDate.parse(value).isAfter(documentDate.day().get());
        }
        return documentDate.month().filter(m -> YearMonth.parse(value.substring(0, 7)).isAfter(m)).isPresent();
    }

    /**
     * The year or month that "this year", "last year", "this month" or "last month" (normalised "THIS P1Y OFFSET
     * P-1Y") names, counted from a publication known only to the month or year; a month needs a publication month.
     * "Today", "tonight" and "this afternoon" name the publication's own day, which lies in its month (or year).
     */
    private static Optional<String> fromPublication(String normalized, PublicationDate publication) {
        if (PUBLICATION_DAY.matcher(normalized).matches()) {
            return Optional.of(publication.month().map(YearMonth::toString)
                    .orElse(Integer.toString(publication.year())));
        }
        Matcher m = PERIOD_OFFSET.matcher(normalized);
        if (!m.matches()) {
            return Optional.empty();
        }
        int offset = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(1).equals("Y")) {
            return Optional.of(Integer.toString(publication.year() + offset));
        }
        return publication.month().map(month -> month.plusMonths(offset).toString());
    }

    /** The date of the last time expression of a sentence: what the rest of its paragraph is dated by. */
    Optional<EventDate> last(Sentence sentence, EventDate paragraphDate) {
        List<Dated> spans = in(sentence, paragraphDate);
        return spans.isEmpty() ? Optional.empty() : Optional.of(spans.get(spans.size() - 1).date());
    }

    /**
     * Whether the token at an index is in a relative clause in the past perfect, which tells what came before
     * ("Shahzad, who had become a U.S. citizen in April 2009"): its date is no time for the sentences after it.
     */
    static boolean background(Sentence sentence, int index) {
        if (index < 0 || index >= sentence.tokens().size()) {
            return false;
        }
        for (Token t = sentence.tokens().get(index); t != null; t = sentence.head(t)) {
            if (t.relation().equals("acl:relcl")) {
                return sentence.children(t.index()).stream().anyMatch(c -> c.relation().equals("aux")
                        && c.lemma().equalsIgnoreCase("have") && c.pos().equals("VBD"));
            }
        }
        return false;
    }
}
