package org.conflictkg.extract;

import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Looks up tokens of a sentence: by character offset, and by the relation of their dependents. */
final class SentenceTokens {

    private SentenceTokens() {
    }

    /** The token that covers a character offset, or the sentence's first token when none does. */
    static Token at(Sentence sentence, int begin) {
        for (Token token : sentence.tokens()) {
            if (token.begin() <= begin && begin < token.end()) {
                return token;
            }
        }
        return sentence.tokens().get(0);
    }

    /** Whether a token has a dependent in this relation. */
    static boolean hasChild(Sentence sentence, Token token, String relation) {
        return sentence.children(token.index()).stream().anyMatch(c -> c.relation().equals(relation));
    }
}
