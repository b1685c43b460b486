package org.conflictkg.nlp;

import java.time.LocalDate;
import java.util.Optional;

/** Annotates plain text with sentences, tokens, named entities, normalised dates and dependencies. */
public interface TextAnnotator {

    /** Annotates a text; relative dates are resolved against the document date when one is given. */
    AnnotatedText annotate(String text, Optional<LocalDate> documentDate);

    /** The name and version of the models used, recorded in the graph's provenance. */
    String modelDescription();
}
