package org.conflictkg.extract;

import java.util.Optional;
import org.conflictkg.kb.EntityType;

/**
 * A span of text that names an entity.
 *
 * @param sentence index of its sentence
 * @param firstToken index of its first token in the sentence
 * @param lastToken index of its last token in the sentence (inclusive)
 * @param begin character offset of its start in the document text
 * @param end character offset after its end
 * @param text the text it covers, exactly {@code documentText.substring(begin, end)}
 * @param type the type of entity it names
 * @param source how it was found: "gazetteer", "authority-rule" or "ner"
 * @param entityIri the entity it names when the source settles it (a knowledge-base entity, a state authority)
 * @param country the IRI of the country a state authority belongs to, when the rule found one
 * @param label the label the entity gets when this mention creates it
 */
public record Mention(int sentence, int firstToken, int lastToken, int begin, int end, String text, EntityType type,
        String source, Optional<String> entityIri, Optional<String> country, String label) {

    /** Whether this mention covers the token at this index of its sentence. */
    public boolean covers(int sentenceIndex, int tokenIndex) {
        return sentence == sentenceIndex && tokenIndex >= firstToken && tokenIndex <= lastToken;
    }

    /** Its length in characters. */
    public int length() {
        return end - begin;
    }
}
