package org.conflictkg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourceTest {

    @TempDir
    Path dir;

    private static List<SourceItem> readAll(DocumentSource source) {
        List<SourceItem> items = new ArrayList<>();
        try (source) {
            while (source.hasNext()) {
                items.add(source.next());
            }
        }
        return items;
    }

    private static List<SourceItem> readAll(Path... paths) {
        return readAll(DocumentSource.of(List.of(paths)));
    }

    private static SourceItem only(Path path) {
        List<SourceItem> items = readAll(path);
        assertEquals(1, items.size(), () -> "items: " + items);
        return items.get(0);
    }

    private static Document read(SourceItem item) {
        return assertInstanceOf(SourceItem.Read.class, item, () -> "expected a document, got " + item).document();
    }

    private static InputProblem failed(SourceItem item) {
        return assertInstanceOf(SourceItem.Failed.class, item, () -> "expected a failure, got " + item).problem();
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return file;
    }

    @Test
    void plainTextFileIsReadWholeAndUnchanged() throws IOException {
        String content = "Harbour town, spring.\r\n\r\nA ferry left late.\n  Indented line\twith a tab.\n";
        Path file = write("report-one.txt", content);

        Document doc = read(only(file));

        assertEquals(content, doc.text());
        assertEquals("report-one", doc.id());
        assertEquals(file.toString(), doc.origin());
        assertEquals(Optional.empty(), doc.date());
        assertEquals(Optional.empty(), doc.title());
    }

    @Test
    void markdownFileIsReadWholeAndUnchanged() throws IOException {
        String content = "# Heading\n\nSome *emphasis* and a [link](http://example.org).\n";
        Path file = write("notes.md", content);

        Document doc = read(only(file));

        assertEquals(content, doc.text());
        assertEquals("notes", doc.id());
    }

    @Test
    void htmlTakesTitleDropsScriptAndStyleAndSeparatesParagraphs() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>  Valley Bulletin </title>"
                + "<style>p { color: red; }</style><script>var hidden = 'SCRIPTTEXT';</script></head>"
                + "<body><h1>Bridge reopened</h1><p>The first paragraph.</p>"
                + "<script>document.write('MORESCRIPT');</script>"
                + "<p>The second <b>bold</b> paragraph.</p></body></html>";
        Path file = write("page.html", html);

        Document doc = read(only(file));

        assertEquals(Optional.of("Valley Bulletin"), doc.title());
        assertEquals("Bridge reopened\n\nThe first paragraph.\n\nThe second bold paragraph.", doc.text());
        assertEquals("page", doc.id());
    }

    @Test
    void htmlWithoutTextFails() throws IOException {
        Path file = write("blank.htm", "<html><head><title>T</title><script>var a = 1;</script></head><body></body></html>");

        InputProblem problem = failed(only(file));

        assertTrue(problem.problem().contains("no text"), problem::message);
    }

    @Test
    void jsonLinesReadsFieldsSkipsBlankLinesAndReportsBadLinesWithTheirNumbers() throws IOException {
        String content = String.join("\n",
                "{\"id\":\"alpha\",\"text\":\"First text.\",\"date\":\"2023-04-05\",\"title\":\"Alpha\","
                        + "\"url\":\"https://example.org/a\"}",
                "",
                "{\"id\":\"beta\" \"text\":\"Missing colon.\"}",
                "{\"id\":\"gamma\",\"title\":\"No text here\"}",
                "{\"id\":\"delta\",\"text\":42}",
                "{\"id\":\"epsilon\",\"text\":\"Bad date.\",\"date\":\"2023-02-30\"}",
                "   ",
                "{\"text\":\"Second good text.\"}",
                "");
        Path file = write("batch.jsonl", content);

        List<SourceItem> items = readAll(file);

        assertEquals(6, items.size(), () -> "items: " + items);

        Document first = read(items.get(0));
        assertEquals("alpha", first.id());
        assertEquals("First text.", first.text());
        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2023, 4, 5))), first.date());
        assertEquals(Optional.of("Alpha"), first.title());
        assertEquals(Optional.of("https://example.org/a"), first.url());
        assertEquals(file + ":1", first.origin());

        InputProblem malformed = failed(items.get(1));
        assertEquals(file + ":3", malformed.origin());
        assertTrue(malformed.problem().contains("malformed JSON"), malformed::message);

        InputProblem noText = failed(items.get(2));
        assertEquals(file + ":4", noText.origin());
        assertTrue(noText.problem().contains("no \"text\""), noText::message);

        InputProblem notString = failed(items.get(3));
        assertEquals(file + ":5", notString.origin());
        assertTrue(notString.problem().contains("\"text\" is not a string"), notString::message);

        InputProblem badDate = failed(items.get(4));
        assertEquals(file + ":6", badDate.origin());
        assertTrue(badDate.problem().contains("date") && badDate.problem().contains("2023-02-30"),
                badDate::message);

        Document last = read(items.get(5));
        assertEquals("Second good text.", last.text());
        assertEquals(file + ":8", last.origin());
        assertEquals("batch-8", last.id(), "a line without an id gets the file id and the line number");
        assertEquals(Optional.empty(), last.date());
    }

    @Test
    void jsonLinesDatesKnownToTheMonthOrTheYearAreReadWithTheirPrecision() throws IOException {
        Path file = write("archive.jsonl", "{\"id\":\"m\",\"text\":\"M.\",\"date\":\"2022-10\"}\n"
                + "{\"id\":\"y\",\"text\":\"Y.\",\"date\":\"2022\"}\n"
                + "{\"id\":\"bad\",\"text\":\"B.\",\"date\":\"2022-13\"}\n"
                + "{\"id\":\"future\",\"text\":\"F.\",\"date\":\"3024-01\"}\n");

        List<SourceItem> items = readAll(file);

        assertEquals(4, items.size(), items::toString);
        PublicationDate month = read(items.get(0)).date().orElseThrow();
        assertEquals(PublicationDate.Precision.MONTH, month.precision());
        assertEquals("2022-10", month.toString());
        assertEquals(Optional.empty(), month.day());
        assertEquals(LocalDate.of(2022, 10, 31), month.end());
        PublicationDate year = read(items.get(1)).date().orElseThrow();
        assertEquals(PublicationDate.Precision.YEAR, year.precision());
        assertEquals("2022", year.toString());
        assertEquals(LocalDate.of(2022, 12, 31), year.end());
        assertEquals(file + ":3: invalid \"date\" '2022-13' (expected YYYY-MM-DD, YYYY-MM or YYYY)",
                failed(items.get(2)).message());
        assertTrue(failed(items.get(3)).message().startsWith(file + ":4: \"date\" '3024-01' is in the future"),
                () -> failed(items.get(3)).message());
    }

    @Test
    void jsonLinesNumericIdAndDateTimeAreAccepted() throws IOException {
        Path file = write("more.jsonl", "{\"id\":7,\"text\":\"Seven.\",\"date\":\"2024-03-05T10:00:00Z\"}\n"
                + "{\"id\":\"\",\"text\":\"Blank id.\"}\n");

        List<SourceItem> items = readAll(file);

        assertEquals(2, items.size());
        Document first = read(items.get(0));
        assertEquals("7", first.id());
        assertEquals(Optional.of(PublicationDate.of(LocalDate.of(2024, 3, 5))), first.date());
        assertEquals("more-2", read(items.get(1)).id(), "a blank id is replaced by the file id and line number");
    }

    @Test
    void jsonLinesNonObjectLineFails() throws IOException {
        Path file = write("arr.jsonl", "[1,2,3]\n{\"text\":\"Fine.\"}\n");

        List<SourceItem> items = readAll(file);

        assertEquals(2, items.size());
        InputProblem problem = failed(items.get(0));
        assertEquals(file + ":1", problem.origin());
        assertTrue(problem.problem().contains("JSON object"), problem::message);
        assertEquals("Fine.", read(items.get(1)).text());
    }

    @Test
    void emptyFileFails() throws IOException {
        Path file = write("empty.txt", "");

        InputProblem problem = failed(only(file));

        assertEquals(file.toString(), problem.origin());
        assertTrue(problem.problem().contains("empty"), problem::message);
    }

    @Test
    void whitespaceOnlyFileFails() throws IOException {
        Path file = write("spaces.txt", " \n\t\r\n   \n");

        InputProblem problem = failed(only(file));

        assertTrue(problem.problem().contains("empty"), problem::message);
    }

    @Test
    void binaryFileWithNulBytesFails() throws IOException {
        Path file = write("blob.txt", new byte[] {'A', 'B', 0, 0, 'C', 1, 2, 3});

        InputProblem problem = failed(only(file));

        assertTrue(problem.problem().contains("binary"), problem::message);
        assertTrue(problem.problem().contains("offset 2"), problem::message);
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] bytes = {'G', 'o', 'o', 'd', ' ', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xFF, 'x'};
        Path file = write("latin.txt", bytes);

        InputProblem problem = failed(only(file));

        assertTrue(problem.problem().contains("invalid UTF-8"), problem::message);
        assertTrue(problem.problem().contains("byte offset 8"), problem::message);
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws IOException {
        byte[] text = "Über den Fluss.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Path file = write("bom.txt", bytes);

        assertEquals("Über den Fluss.", read(only(file)).text());
    }

    @Test
    void utf16BigEndianWithByteOrderMarkIsDecoded() throws IOException {
        byte[] text = "Café on the corner.".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = write("wide.txt", bytes);

        assertEquals("Café on the corner.", read(only(file)).text());
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkIsDecoded() throws IOException {
        byte[] text = "Two lines\nof text.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = write("wide-le.txt", bytes);

        assertEquals("Two lines\nof text.", read(only(file)).text());
    }

    @Test
    void unsupportedExtensionNamedDirectlyFails() throws IOException {
        Path file = write("scan.pdf", "not really a pdf");

        DocumentSource source = DocumentSource.of(List.of(file));
        List<SourceItem> items = readAll(source);

        assertEquals(1, items.size());
        InputProblem problem = failed(items.get(0));
        assertEquals(file.toString(), problem.origin());
        assertTrue(problem.problem().contains("unsupported file type '.pdf'"), problem::message);
        assertEquals(0, source.skipped());
    }

    @Test
    void unsupportedExtensionInsideDirectoryIsSkippedAndCounted() throws IOException {
        write("in/a.txt", "Text A.");
        write("in/b.pdf", "binary-ish");
        write("in/sub/c.docx", "other");
        write("in/noextension", "whatever");

        DocumentSource source = DocumentSource.of(List.of(dir.resolve("in")));
        List<SourceItem> items = readAll(source);

        assertEquals(1, items.size(), () -> "items: " + items);
        assertEquals("a", read(items.get(0)).id());
        assertEquals(3, source.skipped());
    }

    @Test
    void missingPathFails() {
        Path missing = dir.resolve("nowhere.txt");

        InputProblem problem = failed(only(missing));

        assertEquals(missing.toString(), problem.origin());
        assertTrue(problem.problem().contains("no such file"), problem::message);
    }

    @Test
    void directoryIsWalkedRecursivelyInNameOrderWithRelativeIds() throws IOException {
        write("corpus/zeta.md", "Zeta.");
        write("corpus/beta.txt", "Beta.");
        write("corpus/sub/gamma.html", "<p>Gamma.</p>");
        write("corpus/alpha.txt", "Alpha.");
        write("corpus/sub/deeper/delta.txt", "Delta.");

        List<SourceItem> items = readAll(dir.resolve("corpus"));

        List<String> ids = items.stream().map(DocumentSourceTest::read).map(Document::id).toList();
        assertEquals(List.of("alpha", "beta", "sub/deeper/delta", "sub/gamma", "zeta"), ids);
        assertEquals("Delta.", read(items.get(2)).text());
        assertEquals("Gamma.", read(items.get(3)).text());
    }

    @Test
    void jsonLinesInsideDirectoryGiveDefaultIdsFromTheRelativePath() throws IOException {
        write("feed/2024/items.jsonl", "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");

        List<SourceItem> items = readAll(dir.resolve("feed"));

        assertEquals(List.of("2024/items-1", "2024/items-2"),
                items.stream().map(DocumentSourceTest::read).map(Document::id).toList());
    }

    @Test
    void hiddenFilesAndDirectoriesAreSkipped() throws IOException {
        write("box/.secret.txt", "Hidden file.");
        write("box/.cache/inside.txt", "Inside a hidden directory.");
        write("box/visible.txt", "Visible.");

        List<SourceItem> items = readAll(dir.resolve("box"));

        assertEquals(List.of("visible"), items.stream().map(DocumentSourceTest::read).map(Document::id).toList());
    }

    @Test
    void oneBadInputDoesNotStopTheOthers() throws IOException {
        Path good = write("good.txt", "Good text.");
        Path empty = write("empty.txt", "");
        Path other = write("other.md", "Other text.");

        List<SourceItem> items = readAll(good, empty, other);

        assertEquals(3, items.size());
        assertEquals("Good text.", read(items.get(0)).text());
        failed(items.get(1));
        assertEquals("Other text.", read(items.get(2)).text());
    }

    @Test
    void decodeReportsOffsetAfterByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k', (byte) 0xC3};

        DocumentSource.InputDecodingException e = org.junit.jupiter.api.Assertions.assertThrows(
                DocumentSource.InputDecodingException.class, () -> DocumentSource.decode(bytes));

        assertTrue(e.getMessage().contains("byte offset 5"), e::getMessage);
    }

    @Test
    void jsonLinesTruncatedLineIsAFailureNotACrash() throws IOException {
        // A line cut off after a colon makes Jena's JSON parser throw a NullPointerException, which
        // DocumentSource.JsonLines.parseLine does not catch (it catches only JsonException and AtlasException).
        Path file = write("cut.jsonl", "{\"text\":\"Complete.\"}\n{\"id\":\"cut\",\"text\":\n{\"text\":\"After.\"}\n");

        List<SourceItem> items = readAll(file);

        assertEquals(3, items.size(), () -> "items: " + items);
        assertEquals("Complete.", read(items.get(0)).text());
        InputProblem problem = failed(items.get(1));
        assertEquals(file + ":2", problem.origin());
        assertTrue(problem.problem().contains("malformed JSON"), problem::message);
        assertEquals("After.", read(items.get(2)).text());
    }

    @Test
    void jsonLinesUtf8ByteOrderMarkIsStripped() throws IOException {
        // .txt/.html files have their BOM stripped by decode(); JSONL files do not, so the first line fails as
        // "malformed JSON: Unknown char" and its document is lost.
        byte[] text = "{\"id\":\"first\",\"text\":\"With a BOM.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        Path file = write("bom.jsonl", bytes);

        Document doc = read(only(file));

        assertEquals("first", doc.id());
        assertEquals("With a BOM.", doc.text());
    }

    @Test
    void jsonLinesInvalidUtf8FailsWithTheFileAndLine() throws IOException {
        byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xFF, '"', '}', '\n'};
        Path file = write("bad.jsonl", bytes);

        InputProblem problem = failed(only(file));

        assertEquals(file + ":1", problem.origin());
        assertTrue(problem.problem().contains("invalid UTF-8"), problem::message);
    }

    @Test
    void jsonLinesInvalidUtf8OnOneLineSparesTheLinesAroundIt() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"id\":\"one\",\"text\":\"One.\"}\n{\"id\":\"two\",\"text\":\"T".getBytes(
                StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("wo.\"}\n{\"id\":\"three\",\"text\":\"Three.\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("mixed.jsonl", bytes.toByteArray());

        List<SourceItem> items = readAll(file);

        assertEquals(3, items.size(), () -> "items: " + items);
        assertEquals("one", read(items.get(0)).id());
        InputProblem problem = failed(items.get(1));
        assertEquals(file + ":2", problem.origin());
        assertTrue(problem.problem().contains("invalid UTF-8") && problem.problem().contains("file offset 48"),
                problem::message);
        assertEquals("three", read(items.get(2)).id());
    }

    @Test
    void jsonLinesNonStringDateIsReported() throws IOException {
        Path file = write("dated.jsonl", "{\"text\":\"A text.\",\"date\":20240305}\n");

        InputProblem problem = failed(only(file));

        assertTrue(problem.problem().contains("\"date\" is not a string"), problem::message);
    }
}
