package org.conflictkg.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresentTenseVerbsTest {

    /** Tokens written "word/TAG". */
    private static List<CoreLabel> tagged(String... tokens) {
        List<CoreLabel> labels = new ArrayList<>();
        for (String token : tokens) {
            int slash = token.lastIndexOf('/');
            CoreLabel label = new CoreLabel();
            label.setWord(token.substring(0, slash));
            label.setTag(token.substring(slash + 1));
            label.setLemma(token.substring(0, slash).toLowerCase());
            labels.add(label);
        }
        return labels;
    }

    @Test
    void aVerbOfViolenceBetweenAPluralSubjectAndItsObjectIsAVerbInThePresent() {
        List<CoreLabel> gunmen = tagged("Gunmen/NNS", "kill/NN", "five/CD", "teachers/NNS", "./.");
        assertTrue(PresentTenseVerbs.correct(gunmen));
        assertEquals("VBP", gunmen.get(1).tag());
        List<CoreLabel> military = tagged("Nigeria/NNP", "'s/POS", "military/JJ", "kills/NNS", "13/CD",
                "militants/NNS");
        assertTrue(PresentTenseVerbs.correct(military));
        assertEquals("VBZ", military.get(3).tag());
        assertEquals("kill", military.get(3).lemma());
    }

    @Test
    void aNounOfViolenceInANounPhraseStaysANoun() {
        List<CoreLabel> compound = tagged("The/DT", "rebel/NN", "attack/NN", "killed/VBD", "five/CD");
        assertFalse(PresentTenseVerbs.correct(compound), "no plural subject before it");
        List<CoreLabel> noObject = tagged("Militants/NNS", "attack/NN", "on/IN", "Monday/NNP");
        assertFalse(PresentTenseVerbs.correct(noObject), "nothing it acts on after it");
        assertEquals("NN", noObject.get(1).tag());
        List<CoreLabel> otherWord = tagged("Officials/NNS", "report/NN", "the/DT", "toll/NN");
        assertFalse(PresentTenseVerbs.correct(otherWord), "not a verb of violence");
    }
}
