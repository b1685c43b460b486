package org.conflictkg.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces that are annotated one at a time, so that annotation time and memory stay bounded
 * whatever the input: each piece is at most {@link #MAX_CHUNK} characters and is cut at a paragraph break, else a
 * sentence end, else a space; and no stretch of text without a sentence end or line break runs longer than
 * {@link #MAX_RUN} characters inside one piece (a run-on "sentence" of thousands of tokens is cut at a space, so
 * the tagger and parser, which skip sentences over their length limits, still see every part of it). Offsets stay
 * those of the original text. Ordinary articles are one piece.
 */
public final class TextChunks {

    /** The longest piece annotated at once, in characters. */
    public static final int MAX_CHUNK = 50_000;
    /** The longest stretch without a sentence end or line break inside one piece, in characters. */
    public static final int MAX_RUN = 1_500;

    private TextChunks() {
    }

    /** A piece of the text: [begin, end) in the original. */
    public record Chunk(int begin, int end) {
    }

    /** The pieces of the text with the default limits. */
    public static List<Chunk> of(String text) {
        return of(text, MAX_CHUNK, MAX_RUN);
    }

    /** The pieces of the text with these limits; together they cover it exactly, in order. */
    public static List<Chunk> of(String text, int maxChunk, int maxRun) {
        if (maxChunk < 2 || maxRun < 2 || maxRun > maxChunk) {
            throw new IllegalArgumentException("bad limits " + maxChunk + ", " + maxRun);
        }
        List<Chunk> chunks = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            chunks.add(new Chunk(start, start = end(text, start, maxChunk, maxRun)));
        }
        return chunks;
    }

    private static int end(String text, int start, int maxChunk, int maxRun) {
        int n = text.length();
        int limit = Math.min(n, start + maxChunk);
        int boundary = start;
        int paragraph = -1;
        int sentence = -1;
        int space = -1;
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                boundary = i + 1;
                if (i > start && text.charAt(i - 1) == '\n') {
                    paragraph = i + 1;
                } else {
                    sentence = i + 1;
                }
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                boundary = i + 1;
                sentence = i + 1;
            } else if (Character.isWhitespace(c)) {
                space = i;
            }
            if (i - boundary >= maxRun) {
                int cut = space > boundary ? space : i;
                return safe(text, start, cut);
            }
        }
        if (limit == n) {
            return n;
        }
        int cut = paragraph > start ? paragraph : sentence > start ? sentence : space > start ? space : limit;
        return safe(text, start, cut);
    }

    /** Moves a cut off the middle of a surrogate pair. */
    private static int safe(String text, int start, int cut) {
        if (cut > start + 1 && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) {
            return cut - 1;
        }
        return Math.max(cut, start + 1);
    }
}
