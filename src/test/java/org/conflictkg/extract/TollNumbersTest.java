package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

class TollNumbersTest {

    private static Token token(int index, String word, String lemma, String pos, String ner) {
        return new Token(index, word, lemma, pos, ner, "", index * 10, index * 10 + word.length(), -1, "dep");
    }

    @Test
    void countsOfVillagesYearsAndAgesAreNoTolls() {
        Token two = token(0, "two", "two", "CD", "NUMBER");
        Token villages = token(1, "villages", "village", "NNS", "O");
        Token civilians = token(2, "civilians", "civilian", "NNS", "O");
        Token year = token(3, "2019", "2019", "CD", "DATE");
        Token bareYear = token(4, "2019", "2019", "CD", "NUMBER");
        Token age = token(5, "23", "23", "CD", "NUMBER");
        Token old = token(6, "-year-old", "-year-old", "JJ", "O");
        Sentence s = new Sentence(0, 0, 0, 80, List.of(two, villages, civilians, year, bareYear, age, old));
        assertTrue(TollNumbers.excluded(s, two, villages));
        assertFalse(TollNumbers.excluded(s, two, civilians));
        assertTrue(TollNumbers.excluded(s, year, year));
        assertTrue(TollNumbers.excluded(s, bareYear, bareYear));
        assertTrue(TollNumbers.excluded(s, age, age));
    }

    @Test
    void aCountOfWoundsOnABodyIsNoTollButACountOfTheWoundedIs() {
        Token many = token(0, "156", "156", "CD", "NUMBER");
        Token stab = token(1, "stab", "stab", "NN", "O");
        Token wounds = token(2, "wounds", "wound", "NNS", "O");
        Token fifteen = token(3, "15", "15", "CD", "NUMBER");
        Token wounded = token(4, "wounded", "wound", "VBN", "O");
        Sentence s = new Sentence(0, 0, 0, 80, List.of(many, stab, wounds, fifteen, wounded));
        assertTrue(TollNumbers.excluded(s, many, wounds));
        assertFalse(TollNumbers.excluded(s, fifteen, wounded));
    }

    @Test
    void aDistanceIsNoToll() {
        Token thirty = token(0, "30", "30", "CD", "NUMBER");
        Token km = token(1, "km", "km", "NN", "O");
        Token feet = token(2, "feet", "foot", "NNS", "O");
        Sentence s = new Sentence(0, 0, 0, 80, List.of(thirty, km, feet));
        assertTrue(TollNumbers.excluded(s, thirty, km));
        assertTrue(TollNumbers.excluded(s, thirty, feet));
    }
}
