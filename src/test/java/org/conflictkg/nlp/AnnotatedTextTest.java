package org.conflictkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    private static final String TEXT = "A bomb exploded. Two died.\nTroops raided a camp.";
    private static final AnnotatedText ANNOTATED = new AnnotatedText(TEXT, List.of(
            new Sentence(0, 0, 0, 16, List.of()),
            new Sentence(1, 0, 17, 26, List.of()),
            new Sentence(2, 0, 27, 48, List.of())));

    @Test
    void theSentenceAtAnOffsetHoldsIt() {
        assertEquals(Optional.of(1), ANNOTATED.sentenceAt(TEXT.indexOf("Two")).map(Sentence::index));
        assertEquals(Optional.empty(), ANNOTATED.sentenceAt(16), "the space between two sentences");
    }

    @Test
    void sentencesWithNoLineBreakBetweenThemAreOnOneLine() {
        assertTrue(ANNOTATED.onOneLine(0, 1));
        assertTrue(ANNOTATED.onOneLine(1, 0));
        assertFalse(ANNOTATED.onOneLine(1, 2));
        assertFalse(ANNOTATED.onOneLine(0, 2));
    }
}
