package org.conflictkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Long texts are cut into bounded pieces that cover the text exactly; ordinary articles stay one piece. */
class TextChunksTest {

    @Test
    void anOrdinaryArticleIsOnePiece() {
        String text = "Gunmen attacked a bus near Gao on Monday. Twelve people were killed.\n\nThe army said so.";
        assertEquals(List.of(new TextChunks.Chunk(0, text.length())), TextChunks.of(text));
    }

    @Test
    void aRunOnLineIsCutAtSpacesIntoPiecesNoLongerThanTheRunLimit() {
        String text = "word ".repeat(20_000);

        List<TextChunks.Chunk> chunks = TextChunks.of(text);

        covers(text, chunks);
        assertTrue(chunks.size() >= 100_000 / TextChunks.MAX_RUN, "pieces: " + chunks.size());
        chunks.forEach(c -> assertTrue(c.end() - c.begin() <= TextChunks.MAX_RUN + 1, c::toString));
        chunks.subList(0, chunks.size() - 1).forEach(c -> assertEquals(' ', text.charAt(c.end()), c::toString));
    }

    @Test
    void longTextsAreCutAtParagraphBreaksFirst() {
        String paragraph = "A short sentence about a market in Kano. ".repeat(20) + "\n\n";
        String text = paragraph.repeat(200);

        List<TextChunks.Chunk> chunks = TextChunks.of(text);

        covers(text, chunks);
        assertTrue(chunks.size() > 1);
        chunks.subList(0, chunks.size() - 1).forEach(c -> assertTrue(text.startsWith("\n\n", c.end() - 2)));
    }

    @Test
    void generatedTextsAreCoveredExactlyWithBoundedPieces() {
        Random random = new Random(7);
        String[] pieces = {"word", " ", ".", ". ", "\n", "\n\n", "\ud83d\ude00", "!", "?\t", "x".repeat(50)};
        for (int c = 0; c < 300; c++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3000);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int maxChunk = 50 + random.nextInt(2000);
            int maxRun = 10 + random.nextInt(Math.max(1, maxChunk - 10));
            List<TextChunks.Chunk> chunks = TextChunks.of(text.toString(), maxChunk, maxRun);
            covers(text.toString(), chunks);
            for (TextChunks.Chunk chunk : chunks) {
                assertTrue(chunk.end() - chunk.begin() <= maxChunk, "case " + c + " " + chunk);
                assertTrue(chunk.end() == text.length() || !Character.isLowSurrogate(text.charAt(chunk.end())),
                        "case " + c + " cut a surrogate pair");
            }
        }
    }

    private static void covers(String text, List<TextChunks.Chunk> chunks) {
        int at = 0;
        for (TextChunks.Chunk chunk : chunks) {
            assertEquals(at, chunk.begin());
            assertTrue(chunk.end() > chunk.begin());
            at = chunk.end();
        }
        assertEquals(text.length(), at);
    }
}
