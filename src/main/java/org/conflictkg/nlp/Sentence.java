package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence: its place in the text, its paragraph and its tokens with their dependency tree.
 *
 * @param index position in the document, from 0
 * @param paragraph the paragraph it belongs to, from 0 (paragraphs are separated by blank lines)
 * @param begin offset of its first character
 * @param end offset after its last character
 * @param tokens its tokens in order
 */
public record Sentence(int index, int paragraph, int begin, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The dependents of the token at this index, in order. */
    public List<Token> children(int head) {
        List<Token> children = new ArrayList<>();
        for (Token token : tokens) {
            if (token.head() == head) {
                children.add(token);
            }
        }
        return children;
    }

    /** The head of this token, or null for the root. */
    public Token head(Token token) {
        return token.head() < 0 ? null : tokens.get(token.head());
    }

    /**
     * The token of the span [first, last] whose head lies outside it: the span's head (its last token when the
     * parse puts no head outside it).
     */
    public Token headOf(int first, int last) {
        for (int t = first; t <= last; t++) {
            Token token = tokens.get(t);
            if (token.head() < first || token.head() > last) {
                return token;
            }
        }
        return tokens.get(last);
    }

    /** The preposition or case marker attached to a token ("on" in "attack on the hall"), or "". */
    public String caseMarker(Token token) {
        StringBuilder marker = new StringBuilder();
        for (Token child : children(token.index())) {
            if (child.relation().equals("case") && child.index() < token.index() && !child.pos().equals("POS")) {
                if (marker.length() > 0) {
                    marker.append(' ');
                }
                marker.append(child.word().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return marker.toString();
    }

    /** Whether a token lies in the subtree of another (or is it). */
    public boolean dominates(Token ancestor, Token token) {
        Token current = token;
        for (int steps = 0; current != null && steps <= tokens.size(); steps++) {
            if (current.index() == ancestor.index()) {
                return true;
            }
            current = head(current);
        }
        return false;
    }
}
