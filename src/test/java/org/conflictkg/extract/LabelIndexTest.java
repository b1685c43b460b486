package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelIndexTest {

    private static LabelIndex.Text tokens(String... words) {
        return new LabelIndex.Text(List.of(words));
    }

    private static LabelIndex<String> index(String... labelsAndValues) {
        LabelIndex<String> index = new LabelIndex<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            index.add(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return index;
    }

    private static void assertMatch(LabelIndex.Match<String> match, int tokens, String value) {
        assertNotNull(match, "expected a match");
        assertEquals(tokens, match.tokens());
        assertEquals(value, match.value());
    }

    @Test
    void hyphenatedLabelMatchesTokensSplitAtTheHyphen() {
        LabelIndex<String> index = index("ISIS-K", "iskp");

        assertMatch(index.longestAt(tokens("ISIS", "-", "K", "fighters"), 0), 3, "iskp");
    }

    @Test
    void hyphenatedLabelMatchesTheSameWordsWrittenWithSpaces() {
        LabelIndex<String> index = index("Lashkar-e-Tayyiba", "let", "al-Qaeda", "aq");

        assertMatch(index.longestAt(tokens("Lashkar", "e", "Tayyiba", "members"), 0), 3, "let");
        assertMatch(index.longestAt(tokens("al", "Qaeda", "claimed"), 0), 2, "aq");
        assertMatch(index.longestAt(tokens("al-Qaeda", "claimed"), 0), 1, "aq");
        assertNull(index.longestAt(tokens("Lashkar", "fighters"), 0));
    }

    @Test
    void hyphenatedLabelMatchesASingleHyphenatedToken() {
        LabelIndex<String> index = index("ISIS-K", "iskp");

        assertMatch(index.longestAt(tokens("the", "ISIS-K", "cell"), 1), 1, "iskp");
    }

    @Test
    void shortLabelIsCaseSensitive() {
        LabelIndex<String> index = index("IS", "isil");

        assertNull(index.longestAt(tokens("it", "is", "late"), 1));
        assertNull(index.longestAt(tokens("Is", "it", "late"), 0));
        assertMatch(index.longestAt(tokens("the", "IS", "said"), 1), 1, "isil");
    }

    @Test
    void allCapitalsLabelIsCaseSensitiveWhateverItsLength() {
        LabelIndex<String> index = index("NORTHWATCH", "nw");

        assertNull(index.longestAt(tokens("Northwatch", "said"), 0));
        assertMatch(index.longestAt(tokens("NORTHWATCH", "said"), 0), 1, "nw");
    }

    @Test
    void shortMixedCaseLabelIsCaseSensitive() {
        LabelIndex<String> index = index("Tarn", "tarn");

        assertNull(index.longestAt(tokens("tarn"), 0));
        assertMatch(index.longestAt(tokens("Tarn"), 0), 1, "tarn");
    }

    @Test
    void longerLabelMatchesInAnyCase() {
        LabelIndex<String> index = index("Northern Liberation Front", "nlf");

        assertMatch(index.longestAt(tokens("NORTHERN", "LIBERATION", "FRONT", "said"), 0), 3, "nlf");
        assertMatch(index.longestAt(tokens("northern", "liberation", "front"), 0), 3, "nlf");
        assertMatch(index.longestAt(tokens("Northern", "Liberation", "Front"), 0), 3, "nlf");
    }

    @Test
    void leadingTheInALabelIsIgnored() {
        LabelIndex<String> index = index("the Valley Guard", "vg");

        assertMatch(index.longestAt(tokens("Valley", "Guard", "patrols"), 0), 2, "vg");
        assertMatch(index.longestAt(tokens("the", "Valley", "Guard"), 1), 2, "vg");
        assertNull(index.longestAt(tokens("the", "Valley", "Guard"), 0));
    }

    @Test
    void longestLabelWins() {
        LabelIndex<String> index = index("Islamic State", "isil", "ISIS", "isil", "Islamic State Khorasan Province",
                "iskp", "ISIS-K", "iskp");

        assertMatch(index.longestAt(tokens("Islamic", "State", "Khorasan", "Province", "claimed"), 0), 4, "iskp");
        assertMatch(index.longestAt(tokens("Islamic", "State", "claimed"), 0), 2, "isil");
        assertMatch(index.longestAt(tokens("ISIS", "-", "K", "claimed"), 0), 3, "iskp");
        assertMatch(index.longestAt(tokens("ISIS", "claimed"), 0), 1, "isil");
    }

    @Test
    void longestLabelWinsWhateverTheOrderOfAdding() {
        LabelIndex<String> index = index("ISIS-K", "iskp", "ISIS", "isil");

        assertMatch(index.longestAt(tokens("ISIS", "-", "K"), 0), 3, "iskp");
        assertMatch(index.longestAt(tokens("ISIS", "-", "Z"), 0), 1, "isil");
    }

    @Test
    void curlyApostropheInTextMatchesStraightApostropheInLabel() {
        LabelIndex<String> index = index("Da'esh", "isil");

        assertMatch(index.longestAt(tokens("Da\u2019esh", "fighters"), 0), 1, "isil");
        assertMatch(index.longestAt(tokens("Da", "\u2019", "esh"), 0), 3, "isil");
    }

    @Test
    void curlyApostropheInLabelMatchesStraightApostropheInText() {
        LabelIndex<String> index = index("Da\u2019esh", "isil");

        assertMatch(index.longestAt(tokens("Da'esh"), 0), 1, "isil");
    }

    @Test
    void labelMustEndAtATokenBoundary() {
        LabelIndex<String> index = index("ISIL", "isil", "ISIS", "isis");

        assertNull(index.longestAt(tokens("ISILx", "said"), 0));
        assertNull(index.longestAt(tokens("ISIS-KP", "said"), 0));
        assertMatch(index.longestAt(tokens("ISIL", "x"), 0), 1, "isil");
    }

    @Test
    void longLabelMustEndAtATokenBoundary() {
        LabelIndex<String> index = index("Islamic State", "isil");

        assertNull(index.longestAt(tokens("Islamic", "Statement"), 0));
    }

    @Test
    void noMatchInTheMiddleOfAToken() {
        LabelIndex<String> index = index("ISIS", "isil");

        assertNull(index.longestAt(tokens("anti-ISIS", "coalition"), 0));
    }

    @Test
    void emptyLabelIsIgnored() {
        LabelIndex<String> index = index("", "nothing", "  ", "blank", "Harbor", "h");

        assertNull(index.longestAt(tokens("-", "x"), 0));
        assertMatch(index.longestAt(tokens("Harbor"), 0), 1, "h");
    }
}
