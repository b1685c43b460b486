package org.conflictkg.nlp;

import java.util.List;

/**
 * A document's text with its linguistic annotations: sentences, tokens, parts of speech, lemmas, named entities,
 * normalised dates and numbers, and dependency trees. Free of any NLP library's types.
 *
 * @param text the text annotated; all offsets index into it
 * @param sentences its sentences in order
 */
public record AnnotatedText(String text, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /** The number of tokens in all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
