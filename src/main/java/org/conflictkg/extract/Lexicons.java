package org.conflictkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads the tab-separated lexicons of this package (blank lines and lines starting with '#' are skipped). */
final class Lexicons {

    private Lexicons() {
    }

    /** The rows of a lexicon, each with exactly this many columns. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.strip().split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns + " columns");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read lexicon " + resource + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** The words of a two-column lexicon (word, class) whose class is this one. */
    static Set<String> words(String resource, String wordClass) {
        Set<String> words = new TreeSet<>();
        for (String[] row : rows(resource, 2)) {
            if (row[1].equals(wordClass)) {
                words.add(row[0]);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalStateException(resource + ": no words of class " + wordClass);
        }
        return Set.copyOf(words);
    }
}
