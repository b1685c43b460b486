package org.conflictkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void aReportWrittenALineAParagraphHasItsLinesCutApart() {
        String text = "Terrorist Attack at Westgate Mall in Nairobi, Kenya\nPress Statement\nSeptember 21, 2013\n\n"
                + "Today's terrorist massacre of so many innocents is a heartbreaking reminder.\nal-Shabaab claimed it.";
        assertFalse(LineBreaks.endSentences(text), "a line opening with a lower-case name reads as wrapped");
        String report = text.replace("al-Shabaab", "Al-Shabaab");
        assertTrue(LineBreaks.endSentences(report));
        List<TextChunks.Chunk> lines = LineBreaks.lines(report, 0, report.length());
        assertEquals(6, lines.size());
        assertEquals("Press Statement\n", report.substring(lines.get(1).begin(), lines.get(1).end()));
        assertEquals(report.length(), lines.get(lines.size() - 1).end());
        for (int i = 1; i < lines.size(); i++) {
            assertEquals(lines.get(i - 1).end(), lines.get(i).begin());
        }
    }

    @Test
    void aDigestOfLongItemLinesIsCutApartEvenWhereAnItemOpensInLowerCase() {
        String digest = "January 15, 2016 (Friday)\nArmed conflicts and attacks\n2016 Ouagadougou attacks\n"
                + "Gunmen armed with heavy weapons attack a restaurant and a hotel, taking hostages, in the heart of "
                + "Burkina Faso's capital, Ouagadougou.\nAl Qaeda in the Islamic Maghreb claims responsibility for the "
                + "attack, which if confirmed would be the first such attack in the city.\nWar in Somalia\n"
                + "al Shabaab militants overrun an African Union base in southern Somalia with unconfirmed reports "
                + "of dozens of soldiers dead.";
        assertTrue(LineBreaks.endSentences(digest));
    }

    @Test
    void aTextWrappedAtAFixedWidthKeepsItsLinesTogether() {
        String wrapped = "On March 23, a devastating incident unfolded as ISIL launched an attack on\n"
                + "the Crocus Show Center in Moscow, claiming the lives of over 133 individuals.";
        assertFalse(LineBreaks.endSentences(wrapped));
    }

    @Test
    void aPieceIsCutOnlyInsideItsBounds() {
        String text = "one\ntwo\nthree";
        List<TextChunks.Chunk> lines = LineBreaks.lines(text, 4, text.length());
        assertEquals(List.of(new TextChunks.Chunk(4, 8), new TextChunks.Chunk(8, 13)), lines);
    }
}
