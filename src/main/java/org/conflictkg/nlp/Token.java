package org.conflictkg.nlp;

/**
 * One token of a sentence with its annotations.
 *
 * @param index position in the sentence, from 0
 * @param word the token as written
 * @param lemma its lemma, lower-cased for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag ("PERSON", "LOCATION", "DATE", ...; "O" for none)
 * @param normalized normalised value of a DATE or NUMBER token (for example "2024-03-23", "133.0"), or ""
 * @param begin offset of its first character in the document text
 * @param end offset after its last character in the document text
 * @param head index of its syntactic head in the sentence, -1 for the root
 * @param relation Universal Dependencies relation to its head ("nsubj", "obl", ..., "root")
 */
public record Token(int index, String word, String lemma, String pos, String ner, String normalized, int begin,
        int end, int head, String relation) {

    /** Whether the part of speech is a verb. */
    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    /** Whether the part of speech is a noun. */
    public boolean isNoun() {
        return pos.startsWith("NN");
    }
}
