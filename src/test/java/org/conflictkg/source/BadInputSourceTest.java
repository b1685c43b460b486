package org.conflictkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad inputs of issue 7 through the document reader: each is one item, a document or a one-line problem. */
class BadInputSourceTest {

    @TempDir
    Path dir;

    private static List<SourceItem> readAll(Path... paths) {
        List<SourceItem> items = new ArrayList<>();
        try (DocumentSource source = DocumentSource.of(List.of(paths))) {
            while (source.hasNext()) {
                items.add(source.next());
            }
        }
        return items;
    }

    private static SourceItem only(Path path) {
        List<SourceItem> items = readAll(path);
        assertEquals(1, items.size(), () -> "items: " + items);
        return items.get(0);
    }

    private static SourceItem.Read read(SourceItem item) {
        return assertInstanceOf(SourceItem.Read.class, item, () -> "expected a document, got " + item);
    }

    private static InputProblem failed(SourceItem item) {
        InputProblem problem = assertInstanceOf(SourceItem.Failed.class, item,
                () -> "expected a failure, got " + item).problem();
        assertTrue(!problem.message().contains("\n") && !problem.message().contains("Exception"), problem::message);
        return problem;
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void utf16WithoutByteOrderMarkIsDecodedWithAWarning() throws IOException {
        Path le = write("le.txt", "Gunmen attacked a convoy near Gao.".getBytes(StandardCharsets.UTF_16LE));
        Path be = write("be.txt", "Gunmen attacked a convoy near Gao.".getBytes(StandardCharsets.UTF_16BE));

        for (Path file : List.of(le, be)) {
            SourceItem.Read item = read(only(file));
            assertEquals("Gunmen attacked a convoy near Gao.", item.document().text());
            assertTrue(item.warnings().get(0).contains("no byte order mark"), item::toString);
        }
    }

    @Test
    void latin1TextIsDecodedWithAWarningNamingTheEncoding() throws IOException {
        Path file = write("cafe.txt", "Explosion au caf\u00e9 \u00ab Le Diplomate \u00bb \u2013 deux bless\u00e9s."
                .getBytes("windows-1252"));

        SourceItem.Read item = read(only(file));

        assertEquals("Explosion au caf\u00e9 \u00ab Le Diplomate \u00bb \u2013 deux bless\u00e9s.",
                item.document().text());
        assertTrue(item.warnings().get(0).startsWith("not UTF-8 (byte 0xE9 at offset 16): read as "
                + "Latin-1/Windows-1252"), item::toString);
    }

    @Test
    void damagedUtf8IsRefusedWithTheOffsetNotGuessed() throws IOException {
        byte[] bytes = {'O', 'k', ' ', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xE9, '.'};
        InputProblem problem = failed(only(write("damaged.txt", bytes)));

        assertTrue(problem.problem().startsWith("invalid UTF-8 at byte offset 6 (byte 0xE9 in a file that is "
                + "otherwise UTF-8"), problem::message);
    }

    @Test
    void binaryFilesAreRefusedWhateverTheirName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(failed(only(write("image.txt", png))).problem().startsWith("binary file"));
        byte[] controls = {'a', 'b', 0x01, 0x02, 0x03, (byte) 0xE9, 'c'};
        assertTrue(failed(only(write("controls.txt", controls))).problem().contains("binary"));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] line = "Another long line of a very large report about nothing in particular.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        long start = System.nanoTime();

        InputProblem problem = failed(only(file));

        assertTrue((System.nanoTime() - start) / 1e9 < 2, "took too long");
        assertTrue(problem.problem().startsWith("file too large (52,428,8"), problem::message);
    }

    @Test
    void aTextOverTheCharacterLimitIsRefusedAndTheNextLineRead() throws IOException {
        String longText = "word ".repeat(Document.MAX_TEXT_CHARS / 5 + 10);
        Path file = write("long.jsonl", "{\"id\":\"long\",\"text\":\"" + longText + "\"}\n"
                + "{\"id\":\"short\",\"text\":\"Short.\"}\n");

        List<SourceItem> items = readAll(file);

        assertTrue(failed(items.get(0)).problem().startsWith("text of 500,050 characters is over the limit of "
                + "500,000"), items::toString);
        assertEquals("short", read(items.get(1)).document().id());
    }

    @Test
    void aTenMegabyteJsonLineIsRefusedAndTheLinesAroundItAreRead() throws IOException {
        Path file = dir.resolve("big-line.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\":\"before\",\"text\":\"Before.\"}\n{\"id\":\"big\",\"text\":\"".getBytes(
                    StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 160; i++) {
                out.write(chunk);
            }
            out.write("\"}\n{\"id\":\"after\",\"text\":\"After.\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        List<SourceItem> items = readAll(file);

        assertEquals(3, items.size(), items::toString);
        assertEquals("before", read(items.get(0)).document().id());
        InputProblem problem = failed(items.get(1));
        assertEquals(file + ":2", problem.origin());
        assertTrue(problem.problem().startsWith("line of 10,485,7"), problem::message);
        assertEquals("after", read(items.get(2)).document().id());
    }

    @Test
    void impossibleAndFutureDatesAreRefusedWithTheirLine() throws IOException {
        Path file = write("dates.jsonl", "{\"id\":\"a\",\"text\":\"A.\",\"date\":\"2024-13-45\"}\n"
                + "{\"id\":\"b\",\"text\":\"B.\",\"date\":\"3024-01-01\"}\n"
                + "{\"id\":\"c\",\"text\":\"C.\",\"date\":\"2024-02-29\"}\n");

        List<SourceItem> items = readAll(file);

        assertEquals(file + ":1: invalid \"date\" '2024-13-45' (expected YYYY-MM-DD, YYYY-MM or YYYY)",
                failed(items.get(0)).message());
        assertTrue(failed(items.get(1)).message().startsWith(file + ":2: \"date\" '3024-01-01' is in the future"));
        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2024, 2, 29))), read(items.get(2)).document().date());
    }

    @Test
    void htmlWithScriptsStylesEntitiesAndDeepNestingGivesItsText() throws IOException {
        StringBuilder html = new StringBuilder("<html><head><title>Caf&eacute; &amp; bar</title><style>p{}"
                + "</style><script>var s = '<p>SCRIPT</p>';</script></head><body>");
        html.append("<div>".repeat(20_000)).append("<p>Deep &lt;inside&gt; &#x41;&#66; &nbsp;text.</p>")
                .append("</div>".repeat(20_000));
        html.append("<noscript>NOSCRIPT</noscript><p>Last.</p></body></html>");
        long start = System.nanoTime();

        SourceItem.Read item = read(only(write("deep.html", html.toString())));

        assertTrue((System.nanoTime() - start) / 1e9 < 10, "took too long");
        assertEquals(Optional.of("Caf\u00e9 & bar"), item.document().title());
        String text = item.document().text();
        assertTrue(text.contains("Deep <inside> AB") && text.contains("Last."), text);
        assertTrue(!text.contains("SCRIPT") && !text.contains("p{}"), text);
    }

    @Test
    void fileNamesWithSpacesAndNonAsciiLetters() throws IOException {
        write("in/r\u00e9sum\u00e9 de l'attaque.txt", "Texte fran\u00e7ais.");
        write("in/\u062a\u0642\u0631\u064a\u0631 one.md", "Arabic name.");

        List<SourceItem> items = readAll(dir.resolve("in"));

        assertEquals(java.util.stream.Stream.of("r\u00e9sum\u00e9 de l'attaque", "\u062a\u0642\u0631\u064a\u0631 one")
                .sorted().toList(), items.stream().map(i -> read(i).document().id()).sorted().toList());
    }

    @Test
    void symbolicLinkLoopsAndBrokenLinksAreReportedAndNeverFollowedForever() throws IOException {
        Path in = Files.createDirectories(dir.resolve("links"));
        Files.writeString(in.resolve("real.txt"), "Real.");
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        Files.createSymbolicLink(in.resolve("a.txt"), in.resolve("b.txt"));
        Files.createSymbolicLink(in.resolve("b.txt"), in.resolve("a.txt"));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nothing-here.txt"));
        Files.createSymbolicLink(in.resolve("up"), dir);

        List<SourceItem> items = readAll(in, in.resolve("loop.txt"));

        List<String> messages = items.stream().filter(SourceItem.Failed.class::isInstance)
                .map(i -> failed(i).message()).toList();
        assertEquals(1, items.stream().filter(SourceItem.Read.class::isInstance).count(), items::toString);
        assertTrue(messages.contains(in.resolve("gone.txt") + ": broken symbolic link (its target does not exist)"),
                messages::toString);
        assertEquals(4, messages.stream().filter(m -> m.contains("symbolic link loop")).count(), messages::toString);
    }

    @Test
    void unreadableFilesAreReportedWithOneLine() throws Exception {
        Path file = write("locked.txt", "Locked away.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));

        if (Files.isReadable(file)) {
            // root reads any file: read it in a JVM without the capabilities that bypass file permissions
            Process child = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), ReadItems.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.waitFor(), output);
            assertEquals("failed " + file + ": cannot read: permission denied", output.strip());
        } else {
            assertEquals(file + ": cannot read: permission denied", failed(only(file)).message());
        }
    }

    @Test
    void aDirectoryOfTenThousandSmallFilesIsReadOneFileAtATime() throws IOException {
        Path many = Files.createDirectories(dir.resolve("many"));
        for (int i = 0; i < 10_000; i++) {
            Files.writeString(many.resolve(String.format("d%05d.txt", i)), "Report " + i + ".");
        }
        List<String> ids = new ArrayList<>();
        try (DocumentSource source = DocumentSource.of(List.of(many))) {
            ids.add(read(source.next()).document().id());
            // each file is read when its turn comes, not before: a file changed now is read as it is now
            Files.writeString(many.resolve("d09999.txt"), "Changed after the first was read.");
            SourceItem last = null;
            while (source.hasNext()) {
                last = source.next();
                ids.add(read(last).document().id());
            }
            assertEquals("Changed after the first was read.", read(last).document().text());
        }

        assertEquals(10_000, ids.size());
        assertEquals(10_000, new java.util.HashSet<>(ids).size());
        assertEquals(List.of("d00000", "d09999"), List.of(ids.get(0), ids.get(9_999)));
    }

    @Test
    void textInAnotherScriptIsReadUnchanged() throws IOException {
        String arabic = "\u0647\u0627\u062c\u0645 \u0645\u0633\u0644\u062d\u0648\u0646 \u0642\u0627\u0641\u0644\u0629.";
        assertEquals(arabic, read(only(write("ar.txt", arabic))).document().text());
    }
}
