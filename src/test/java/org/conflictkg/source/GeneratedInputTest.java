package org.conflictkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated inputs for the readers and the date parser, from fixed seeds (a failure names its seed and case):
 * whatever the bytes, a file is one item and a JSONL file one item per non-blank line, with a one-line problem and
 * never an exception; whatever the string, the date parser returns a date or a DateTimeParseException.
 */
class GeneratedInputTest {

    private static final long SEED = 20261127L;
    private static final int CASES = 400;

    @TempDir
    Path dir;

    @Test
    void anyBytesInATextFileGiveOneItemAndNeverAnException() throws IOException {
        Random random = new Random(SEED);
        for (int c = 0; c < CASES; c++) {
            byte[] bytes = bytes(random);
            Path file = Files.write(dir.resolve("case" + c + (random.nextBoolean() ? ".txt" : ".html")), bytes);
            List<SourceItem> items = readAll(file);
            assertEquals(1, items.size(), "seed " + SEED + " case " + c);
            check(items.get(0), "seed " + SEED + " case " + c);
        }
    }

    @Test
    void anyLinesInAJsonLinesFileGiveOneItemPerNonBlankLine() throws IOException {
        Random random = new Random(SEED + 1);
        for (int c = 0; c < CASES / 4; c++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int nonBlank = 0;
            int lines = 1 + random.nextInt(8);
            for (int l = 0; l < lines; l++) {
                byte[] line = jsonLine(random);
                while (indexOf(line, (byte) '\n') >= 0) {
                    line[indexOf(line, (byte) '\n')] = ' ';
                }
                out.writeBytes(line);
                out.write('\n');
                nonBlank += new String(line, StandardCharsets.ISO_8859_1).isBlank() ? 0 : 1;
            }
            Path file = Files.write(dir.resolve("case" + c + ".jsonl"), out.toByteArray());
            List<SourceItem> items = readAll(file);
            String where = "seed " + (SEED + 1) + " case " + c;
            assertTrue(items.size() <= nonBlank, where + ": " + items);
            items.forEach(item -> check(item, where));
        }
    }

    @Test
    void theDateParserReturnsADateOrAParseExceptionAndValidDatesRoundTrip() {
        Random random = new Random(SEED + 2);
        String alphabet = "0123456789-T:Z+ /.abc";
        for (int c = 0; c < CASES * 10; c++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                PublicationDate.parse(text.toString());
            } catch (DateTimeParseException e) {
                assertTrue(!PublicationDate.problem("date", text.toString(), e).contains("\n"));
            } catch (RuntimeException e) {
                fail("seed " + (SEED + 2) + " case " + c + " '" + text + "': " + e);
            }
            LocalDate date = LocalDate.of(1900 + random.nextInt(126), 1 + random.nextInt(12), 1 + random.nextInt(28));
            assertEquals(PublicationDate.of(date), PublicationDate.parse(date.toString()));
            assertEquals(PublicationDate.of(date), PublicationDate.parse(" " + date + "T12:00:00Z "));
        }
        assertThrowsParse("3024-01-01");
        assertThrowsParse(LocalDate.now().plusDays(3).toString());
        assertThrowsParse("2024-13-45");
        assertThrowsParse("2023-02-29");
        assertThrowsParse("2024-13");
        assertThrowsParse("2024-1");
        assertThrowsParse("20245");
        assertThrowsParse("3024");
        assertEquals("2024-02", PublicationDate.parse(" 2024-02 ").toString());
        assertEquals("1999", PublicationDate.parse("1999").toString());
    }

    private static void assertThrowsParse(String text) {
        try {
            PublicationDate.parse(text);
            fail(text + " was accepted");
        } catch (DateTimeParseException e) {
            assertTrue(PublicationDate.problem("date", text, e).contains(text));
        }
    }

    private static void check(SourceItem item, String where) {
        if (item instanceof SourceItem.Failed failed) {
            String message = failed.problem().message();
            assertTrue(!message.contains("\n") && !message.contains("Exception"), where + ": " + message);
        } else if (item instanceof SourceItem.Read read) {
            assertTrue(!read.document().text().isBlank(), where);
            assertTrue(read.document().text().indexOf('\0') < 0, where + ": a NUL in the text "
                    + read.document().origin() + " " + read.document().text().replace("\0", "<NUL>"));
        }
    }

    private static byte[] bytes(Random random) {
        int kind = random.nextInt(6);
        int length = random.nextInt(kind == 0 ? 4 : 600);
        byte[] bytes = new byte[length];
        switch (kind) {
            case 0, 1 -> random.nextBytes(bytes);
            case 2 -> {
                String letters = "abc \n\u00e9\u4e2d<>&;\"";
                String text = random.ints(length / 2, 0, letters.length()).mapToObj(letters::charAt)
                        .map(String::valueOf).reduce("", String::concat);
                bytes = text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8);
            }
            case 3 -> {
                for (int i = 0; i < length; i++) {
                    bytes[i] = (byte) (32 + random.nextInt(224));
                }
            }
            case 4 -> {
                String tags = "<div><p>x</p><script>y</script>&amp;&#0;&#xD800;<!--<title>";
                bytes = tags.repeat(1 + random.nextInt(20)).substring(random.nextInt(10)).getBytes(
                        StandardCharsets.UTF_8);
            }
            default -> {
                for (int i = 0; i < length; i++) {
                    bytes[i] = (byte) (random.nextInt(10) == 0 ? random.nextInt(256) : 'a' + random.nextInt(26));
                }
            }
        }
        return bytes;
    }

    private static byte[] jsonLine(Random random) {
        String[] pieces = {"{", "}", "\"id\":", "\"text\":", "\"date\":", "\"title\":", "\"x\"", "42", "null",
            "[", "]", ",", "\"2024-13-45\"", "\"3024-01-01\"", "\"2024-05-17\"", "\"a \\u0000 b\"", "\"\\ud800\"",
            " ", "true", "\"\\\"\"", "1e999"};
        if (random.nextInt(4) == 0) {
            return ("{\"id\":\"d" + random.nextInt(5) + "\",\"text\":\"Some text.\"}").getBytes(
                    StandardCharsets.UTF_8);
        }
        StringBuilder line = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            line.append(pieces[random.nextInt(pieces.length)]);
        }
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(5) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(128));
        }
        return bytes;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static List<SourceItem> readAll(Path path) {
        java.util.ArrayList<SourceItem> items = new java.util.ArrayList<>();
        try (DocumentSource source = DocumentSource.of(List.of(path))) {
            while (source.hasNext()) {
                items.add(source.next());
            }
        }
        return items;
    }
}
