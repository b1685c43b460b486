package org.conflictkg.nlp;

import java.time.LocalDate;
import java.util.Optional;

/** Annotates plain text with sentences, tokens, named entities, normalised dates and dependencies. */
public interface TextAnnotator {

    /**
     * Annotates a text; relative dates are resolved against the document's day when one is given (a publication
     * known only to the month or year gives none: SUTime cannot anchor "on Monday" to a month).
     */
    AnnotatedText annotate(String text, Optional<LocalDate> documentDate);

    /**
     * Annotates a text whose first {@code headEnd} characters are a heading such as a dateline ("QUETTA, Pakistan,
     * Oct 6 -"), which is parsed apart so that it does not become part of the first sentence's syntax.
     */
    default AnnotatedText annotate(String text, Optional<LocalDate> documentDate, int headEnd) {
        return annotate(text, documentDate);
    }

    /** The name and version of the models used, recorded in the graph's provenance. */
    String modelDescription();
}
