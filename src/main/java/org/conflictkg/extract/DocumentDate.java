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
 * @param datelineBegin the offset where a dateline near the start of the text begins: its line when it holds only
 *     the date (the lines above it are the report's title and issuer), else 0
 * @param datelineEnd the offset where that dateline ends (0 when there is none); its date is the publication's, not
 *     an event's, and its place is where the report was filed
 */
public record DocumentDate(Optional<PublicationDate> date, String source, List<String> warnings, int datelineBegin,
        int datelineEnd) {

    public DocumentDate {
        warnings = List.copyOf(warnings);
    }

    /** Whether this offset of the text lies in the dateline. */
    public boolean inDateline(int offset) {
        return offset >= datelineBegin && offset < datelineEnd;
    }
}
