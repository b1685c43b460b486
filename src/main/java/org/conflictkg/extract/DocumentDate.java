package org.conflictkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The publication date of a document and where it came from.
 *
 * @param date the date, if one could be established
 * @param source "metadata", "command-line", "dateline", or "none"
 * @param warnings what the reader should know, such as a dateline the text contradicts
 */
public record DocumentDate(Optional<LocalDate> date, String source, List<String> warnings) {

    public DocumentDate {
        warnings = List.copyOf(warnings);
    }
}
