package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Labels found in tokenized sentences whatever the tokenizer did with hyphens and apostrophes: a label matches
 * when the text from a token's start, with the spaces between tokens removed, begins with the label without its
 * spaces and ends where a token ends ("ISIS-K" matches the tokens "ISIS", "-", "K"). Short labels and labels in
 * capitals match with their case ("IS" is not "is"); longer ones in any case. A leading "the" is not part of a label.
 *
 * @param <V> what a label stands for
 */
final class LabelIndex<V> {

    /** A label found: how many tokens it spans and what it stands for. */
    record Match<V>(int tokens, V value) {
    }

    private record Entry<V>(String compact, boolean caseSensitive, V value) {
    }

    /** A sentence's tokens joined without spaces, with the offsets where each token starts and ends. */
    static final class Text {
        private final String compact;
        private final int[] starts;
        private final int[] ends;
        private final Map<Integer, Integer> tokenEndingAt = new HashMap<>();

        Text(List<String> tokens) {
            StringBuilder joined = new StringBuilder();
            starts = new int[tokens.size()];
            ends = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                starts[i] = joined.length();
                joined.append(normalise(tokens.get(i)).replaceAll("\\s+", ""));
                ends[i] = joined.length();
                tokenEndingAt.put(joined.length(), i);
            }
            compact = joined.toString();
        }

        int size() {
            return starts.length;
        }
    }

    /** A hyphen between two letters: "al-Qaeda", "Lashkar-e-Tayyiba". */
    private static final Pattern HYPHEN_BETWEEN_WORDS = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");

    private final Map<String, List<Entry<V>>> byKey = new HashMap<>();

    /**
     * Adds a label, and, for a label with hyphens between words, the same label written with spaces ("al-Qaeda" is
     * also "al Qaeda", "Lashkar-e-Tayyiba" also "Lashkar e Tayyiba", as press releases spell them).
     */
    void add(String label, V value) {
        String normalised = normalise(label);
        addOne(normalised, value);
        String spaced = HYPHEN_BETWEEN_WORDS.matcher(normalised).replaceAll(" ");
        if (!spaced.equals(normalised)) {
            addOne(spaced, value);
        }
    }

    private void addOne(String label, V value) {
        String text = label.strip();
        if (text.regionMatches(true, 0, "the ", 0, 4)) {
            text = text.substring(4);
        }
        String compact = text.replaceAll("\\s+", "");
        String key = key(text.split("\\s+")[0]);
        if (key.isEmpty()) {
            return;
        }
        boolean caseSensitive = compact.length() <= 5 || compact.equals(compact.toUpperCase(Locale.ROOT));
        List<Entry<V>> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        entries.add(new Entry<>(compact, caseSensitive, value));
        entries.sort(Comparator.comparingInt((Entry<V> e) -> -e.compact().length()));
    }

    /** The longest label starting at this token, or null. */
    Match<V> longestAt(Text text, int start) {
        int from = text.starts[start];
        int keyEnd = from;
        while (keyEnd < text.ends[start] && Character.isLetterOrDigit(text.compact.charAt(keyEnd))) {
            keyEnd++;
        }
        List<Entry<V>> entries = byKey.get(text.compact.substring(from, keyEnd).toLowerCase(Locale.ROOT));
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) {
            int end = from + entry.compact().length();
            Integer last = text.tokenEndingAt.get(end);
            if (last != null && last >= start
                    && text.compact.regionMatches(!entry.caseSensitive(), from, entry.compact(), 0,
                            entry.compact().length())) {
                return new Match<>(last - start + 1, entry.value());
            }
        }
        return null;
    }

    /** The letters and digits that start a label's first word: the key its first token must start with. */
    private static String key(String firstWord) {
        int end = 0;
        while (end < firstWord.length() && Character.isLetterOrDigit(firstWord.charAt(end))) {
            end++;
        }
        return firstWord.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String normalise(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('‐', '-');
    }
}
