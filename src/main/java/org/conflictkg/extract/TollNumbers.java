package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Tells the numbers that are never a toll: years and other dates ("killed in an air strike in 2019"), ages ("a
 * 23-year-old"), and counts of places, buildings, vehicles, weapons, events or units of time (non-toll-nouns.tsv:
 * "attacked two villages, killing 101 civilians"), and counts of wounds on a body ("156 stab wounds").
 */
public final class TollNumbers {

    private static final Set<String> NON_TOLL_NOUNS = load("non-toll-nouns.tsv");

    private TollNumbers() {
    }

    /** Whether a number of a sentence, quantifying {@code noun} (itself when it stands alone), is never a toll. */
    public static boolean excluded(Sentence sentence, Token number, Token noun) {
        String ner = number.ner();
        if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET")) {
            return true;
        }
        if (number.word().matches("(19|20)\\d\\d") && noun == number) {
            return true;
        }
        int next = number.index() + 1;
        if (next < sentence.tokens().size() && sentence.tokens().get(next).word().toLowerCase(Locale.ROOT)
                .matches("-?years?(-old)?|-year-old")) {
            return true;
        }
        return noun != null && noun != number && (NON_TOLL_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))
                || noun.word().equalsIgnoreCase("wounds"));
    }

    private static Set<String> load(String name) {
        Set<String> words = new HashSet<>();
        try (InputStream in = TollNumbers.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
