package org.conflictkg.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.conflictkg.nlp.Token;

/** Reads the integer a number token or a number word stands for ({@code number-words.tsv}). */
public final class NumberWords {

    private static final Map<String, Integer> WORDS = load();

    private NumberWords() {
    }

    /** The integer a number word stands for ("twelve", "dozen"), or null. */
    static Integer value(String word) {
        return WORDS.get(word);
    }

    /** The integer a number token stands for, or null. */
    public static Integer number(Token token) {
        String normalized = token.normalized().replaceAll("^[<>~=]+", "");
        if (!normalized.isEmpty()) {
            try {
                double value = Double.parseDouble(normalized.replace(",", ""));
                if (value >= 0 && value < 1_000_000 && value == Math.floor(value)) {
                    return (int) value;
                }
            } catch (NumberFormatException e) {
                if (!token.word().replace(",", "").matches("\\d{1,6}")) {
                    return WORDS.get(token.word().toLowerCase(Locale.ROOT));
                }
            }
        }
        String word = token.word().replace(",", "");
        if (word.matches("\\d{1,6}")) {
            return Integer.parseInt(word);
        }
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> words = new HashMap<>();
        for (String[] row : Lexicons.rows("number-words.tsv", 2)) {
            words.put(row[0], Integer.valueOf(row[1]));
        }
        return Map.copyOf(words);
    }
}
