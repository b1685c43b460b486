package org.conflictkg.source;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date a document was published, as precisely as its source knows it: a day ("2022-10-05"), a month
 * ("2022-10": many archives give no day) or a year ("2022").
 *
 * @param start the first day of the period
 * @param precision how much of the date is known
 */
public record PublicationDate(LocalDate start, Precision precision) {

    /** How much of a publication date is known. */
    public enum Precision {
        DAY, MONTH, YEAR;

        /** The lower-case name used in the graph and in messages: "day", "month" or "year". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final String FUTURE = "in the future";

    public PublicationDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        if (precision != Precision.DAY && start.getDayOfMonth() != 1
                || precision == Precision.YEAR && start.getMonthValue() != 1) {
            throw new IllegalArgumentException(start + " is not the first day of a " + precision.label());
        }
    }

    /** A date known to the day. */
    public static PublicationDate of(LocalDate day) {
        return new PublicationDate(day, Precision.DAY);
    }

    /** A date known to the month. */
    public static PublicationDate of(YearMonth month) {
        return new PublicationDate(month.atDay(1), Precision.MONTH);
    }

    /** A date known to the year. */
    public static PublicationDate ofYear(int year) {
        return new PublicationDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /**
     * Parses YYYY-MM-DD (or the date part of an ISO date-time), YYYY-MM or YYYY. An impossible date (2024-13) and a
     * period that begins later than tomorrow (3024: a document is not published in the future; a day of grace
     * allows for time zones) are refused with a {@link DateTimeParseException}.
     */
    public static PublicationDate parse(String text) {
        String value = text.strip();
        if (value.length() > 10 && value.charAt(10) == 'T') {
            value = value.substring(0, 10);
        }
        PublicationDate date;
        if (YEAR.matcher(value).matches()) {
            date = ofYear(Year.parse(value).getValue());
        } else if (YEAR_MONTH.matcher(value).matches()) {
            date = of(YearMonth.parse(value));
        } else {
            date = of(LocalDate.parse(value));
        }
        if (date.start.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw new DateTimeParseException(FUTURE, text, 0);
        }
        return date;
    }

    /** The one-line problem with a date {@link #parse} refused, for the field or option named. */
    public static String problem(String field, String text, DateTimeParseException e) {
        return FUTURE.equals(e.getMessage()) ? field + " '" + text + "' is in the future (a publication date "
                + "cannot be later than tomorrow)"
                : "invalid " + field + " '" + text + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)";
    }

    /** The day, when the date is known to the day. */
    public Optional<LocalDate> day() {
        return precision == Precision.DAY ? Optional.of(start) : Optional.empty();
    }

    /** The last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case DAY -> start;
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            case YEAR -> Year.of(start.getYear()).atDay(Year.of(start.getYear()).length());
        };
    }

    /** The year. */
    public int year() {
        return start.getYear();
    }

    /** The month, when the date is known at least to the month. */
    public Optional<YearMonth> month() {
        return precision == Precision.YEAR ? Optional.empty() : Optional.of(YearMonth.from(start));
    }

    /** The date as written in ISO 8601 to its precision: "2022-10-05", "2022-10" or "2022". */
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
