package org.conflictkg.nlp;

import java.util.List;
import java.util.Optional;

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

    /** The sentence that holds the character at this offset, if one does. */
    public Optional<Sentence> sentenceAt(int offset) {
        return sentences.stream().filter(s -> s.begin() <= offset && offset < s.end()).findFirst();
    }

    /** Whether two sentences, given by index, are written on one line: no line break lies between them. */
    public boolean onOneLine(int first, int second) {
        Sentence a = sentences.get(Math.min(first, second));
        Sentence b = sentences.get(Math.max(first, second));
        int lineBreak = text.indexOf('\n', a.end());
        return lineBreak < 0 || lineBreak >= b.begin();
    }
}
