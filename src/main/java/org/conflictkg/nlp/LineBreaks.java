package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a text's single line breaks end its sentences. Reports are written one paragraph, heading or list
 * item a line ("Terrorist Attack at Westgate Mall in Nairobi, Kenya", "Press Statement", "September 21, 2013"), and
 * such a line is a unit of its own even without a full stop; a text wrapped at a fixed width continues its
 * sentences on the next line, and somewhere a line then goes on in lower case. So a text none of whose lines goes
 * on in lower case, or many of whose lines are longer than any fixed width, has its lines cut apart; a wrapped text
 * is left to the sentence splitter, which ends a sentence only at a blank line.
 */
public final class LineBreaks {

    private static final Pattern CONTINUED = Pattern.compile("[^\\s]\\n[ \\t]*\\p{Ll}");
    /** Longer than the lines of any text wrapped at a fixed width (72 to 100 columns). */
    private static final int WRAP_WIDTH = 120;

    private LineBreaks() {
    }

    /**
     * Whether every single line break of this text ends a sentence: no line of it goes on in lower case, or more than
     * a quarter of its lines are longer than a wrapped text's lines ever are (a digest whose item opens with "al
     * Shabaab militants ..." is still written a paragraph a line).
     */
    public static boolean endSentences(String text) {
        return !CONTINUED.matcher(text).find() || unwrapped(text);
    }

    private static boolean unwrapped(String text) {
        int lines = 0;
        int longer = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines++;
                longer += line.strip().length() > WRAP_WIDTH ? 1 : 0;
            }
        }
        return longer * 4 > lines;
    }

    /** The piece [begin, end) of the text cut after each of its line breaks; together they cover it exactly. */
    public static List<TextChunks.Chunk> lines(String text, int begin, int end) {
        List<TextChunks.Chunk> lines = new ArrayList<>();
        int start = begin;
        for (int i = begin; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new TextChunks.Chunk(start, i + 1));
                start = i + 1;
            }
        }
        if (start < end) {
            lines.add(new TextChunks.Chunk(start, end));
        }
        return lines;
    }
}
