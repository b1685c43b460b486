package org.conflictkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.conflictkg.nlp.Token;
import org.junit.jupiter.api.Test;

/** Generated tokens for the number and dateline parsers, from fixed seeds: a value or nothing, never an exception. */
class GeneratedNumberTest {

    @Test
    void theNumberParserReturnsANonNegativeValueOrNull() {
        Random random = new Random(11);
        String alphabet = "0123456789,.-+eE<>~=NaInfity twelvhundrsomx";
        for (int c = 0; c < 5000; c++) {
            String word = random(random, alphabet, 12);
            String normalized = random.nextBoolean() ? random(random, alphabet, 12) : "";
            Token token = new Token(0, word, word, "CD", "NUMBER", normalized, 0, word.length(), -1, "root");
            try {
                Integer value = NumberWords.number(token);
                assertTrue(value == null || (value >= 0 && value < 1_000_000), word + " / " + normalized);
            } catch (RuntimeException e) {
                fail("case " + c + " word '" + word + "' normalized '" + normalized + "': " + e);
            }
        }
        assertEquals(1200, NumberWords.number(new Token(0, "1,200", "1,200", "CD", "NUMBER", "1200.0", 0, 5, -1,
                "root")));
        assertEquals(12, NumberWords.number(new Token(0, "twelve", "twelve", "CD", "NUMBER", "", 0, 6, -1,
                "root")));
        assertEquals(500, NumberWords.number(new Token(0, "500", "500", "CD", "NUMBER", "400.0-500.0", 0, 3, -1,
                "root")), "a figure of a range the tagger normalised whole is read from its digits");
    }

    @Test
    void datelinesAreFoundOrNotButNeverThrow() {
        Random random = new Random(12);
        String[] pieces = {"March", "Feb.", " ", "23", "2024", "99999999999", "13/45/2024", "2024-13-45", ",", ":",
            " - ", "\n", "0", "31", "Sept", "3024-01-01", "KABUL", "(Reuters)"};
        for (int c = 0; c < 5000; c++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            try {
                DocumentDating.dateline(text.toString());
                DocumentDating.yearlessDatelineEnd(text.toString());
            } catch (RuntimeException e) {
                fail("case " + c + " '" + text + "': " + e);
            }
        }
    }

    private static String random(Random random, String alphabet, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(max); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
