package org.conflictkg.extract;

import java.util.List;
import java.util.Optional;
import org.conflictkg.source.PublicationDate;

/**
 * The publication date of a document and where it came from.
 *
 * @param date the date, to the day, month or year, if one could be established
 * @param source "metadata", "command-line", "dateline", or "none"
 * @param warnings what the reader should know, such as a dateline the text contradicts
 * @param datelineEnd the offset where a dateline at the start of the text ends (0 when there is none); its date
 *     is the publication's, not an event's
 */
public record DocumentDate(Optional<PublicationDate> date, String source, List<String> warnings, int datelineEnd) {

    public DocumentDate {
        warnings = List.copyOf(warnings);
    }
}
