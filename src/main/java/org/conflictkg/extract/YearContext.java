package org.conflictkg.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a date written without one ("On January 2, terrorists attacked ...") belongs to in a text that has no
 * publication date: the latest year written before it ("2021 Terrorist Incidents", "during 2021"), as annual
 * reports and chronologies give the year once for the dates that follow.
 */
public final class YearContext {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.,-])(19[5-9]\\d|20\\d\\d)(?![\\d/-])");

    private YearContext() {
    }

    /** The latest year written in the text before this offset, if any. */
    public static Optional<String> yearBefore(String text, int offset) {
        Matcher m = YEAR.matcher(text).region(0, Math.max(0, Math.min(offset, text.length())));
        String year = null;
        while (m.find()) {
            year = m.group(1);
        }
        return Optional.ofNullable(year);
    }
}
