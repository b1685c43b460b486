package org.conflictkg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Reads documents from files and directories, lazily: `.txt`, `.md`, `.html`/`.htm` (one document each) and
 * `.jsonl` (one document per line). Directories are walked recursively in name order; files of other kinds found
 * there are skipped, while a file of another kind named directly is a problem. Each input yields a {@link SourceItem}:
 * the document or the problem, so one bad input never stops the others.
 */
public final class DocumentSource implements Iterator<SourceItem>, AutoCloseable {

    /** Largest single document accepted, in bytes of text (larger ones are reported, not read). */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

    private final Deque<Input> pending = new ArrayDeque<>();
    private final List<SourceItem> ready = new ArrayList<>();
    private JsonLines openJsonLines;
    private int skipped;

    private record Input(Path file, String id, boolean named) {
    }

    /** A source over these paths, files or directories, in the order given. */
    public static DocumentSource of(List<Path> paths) {
        DocumentSource source = new DocumentSource();
        for (Path path : paths) {
            source.pending.add(new Input(path, null, true));
        }
        return source;
    }

    /** The total size in bytes of the files these paths hold, for progress; unreadable ones count zero. */
    public static long totalBytes(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    total += files.filter(Files::isRegularFile).filter(DocumentSource::supported)
                            .mapToLong(DocumentSource::sizeOrZero).sum();
                } catch (IOException | java.io.UncheckedIOException e) {
                    // the same walk fails again when the source is read, and is reported there with its path
                    continue;
                }
            } else {
                total += sizeOrZero(path);
            }
        }
        return total;
    }

    /** Files found in directories and skipped because their extension is not one this source reads. */
    public int skipped() {
        return skipped;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public SourceItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.remove(0);
    }

    @Override
    public void close() {
        if (openJsonLines != null) {
            openJsonLines.close();
            openJsonLines = null;
        }
    }

    private void fill() {
        while (ready.isEmpty()) {
            if (openJsonLines != null) {
                SourceItem item = openJsonLines.next();
                if (item != null) {
                    ready.add(item);
                    return;
                }
                openJsonLines.close();
                openJsonLines = null;
            }
            Input input = pending.poll();
            if (input == null) {
                return;
            }
            open(input);
        }
    }

    private void open(Input input) {
        Path path = input.file();
        if (input.named() && Files.isDirectory(path)) {
            expand(path);
            return;
        }
        String id = input.id() != null ? input.id() : stripExtension(path.getFileName().toString());
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            fail(path.toString(), "no such file or directory", 0);
            return;
        }
        if (!Files.isRegularFile(path)) {
            fail(path.toString(), "not a regular file", 0);
            return;
        }
        String extension = extension(path);
        switch (extension) {
            case "txt", "md", "markdown", "text" -> readText(path, id, false);
            case "html", "htm", "xhtml" -> readText(path, id, true);
            case "jsonl", "ndjson" -> openJsonLines = new JsonLines(path, id);
            default -> fail(path.toString(), "unsupported file type '." + extension
                    + "' (supported: .txt, .md, .html, .htm, .jsonl)", sizeOrZero(path));
        }
    }

    private void expand(Path directory) {
        List<Input> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            files.filter(p -> !p.equals(directory))
                    .filter(p -> !isHidden(directory.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> {
                        if (supported(p)) {
                            String relative = directory.relativize(p).toString().replace('\\', '/');
                            found.add(new Input(p, stripExtension(relative), false));
                        } else {
                            skipped++;
                        }
                    });
        } catch (IOException | java.io.UncheckedIOException e) {
            fail(directory.toString(), "cannot list directory: " + describe(e), 0);
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            pending.addFirst(found.get(i));
        }
    }

    private void readText(Path path, String id, boolean html) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_DOCUMENT_BYTES) {
                fail(path.toString(), "file too large (" + size + " bytes; the limit is " + MAX_DOCUMENT_BYTES
                        + ")", size);
                return;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            fail(path.toString(), "cannot read: " + describe(e), 0);
            return;
        }
        String text;
        try {
            text = decode(bytes);
        } catch (InputDecodingException e) {
            fail(path.toString(), e.getMessage(), bytes.length);
            return;
        }
        Optional<String> title = Optional.empty();
        if (html) {
            HtmlText page = HtmlText.parse(text);
            text = page.text;
            title = page.title.isEmpty() ? Optional.empty() : Optional.of(page.title);
        }
        if (text.isBlank()) {
            fail(path.toString(), html ? "no text in the page" : "empty file", bytes.length);
            return;
        }
        ready.add(new SourceItem.Read(new Document(id, text, Optional.empty(), title, Optional.empty(),
                path.toString()), bytes.length));
    }

    /** Thrown when bytes are not text this source can read. */
    static final class InputDecodingException extends Exception {
        private static final long serialVersionUID = 1L;
        private final long position;

        InputDecodingException(String message) {
            this(message, 0);
        }

        InputDecodingException(String message, long position) {
            super(message);
            this.position = position;
        }
    }

    /** Decodes file bytes as text: UTF-8 (with or without BOM) or UTF-16 with a BOM; binary files are refused. */
    static String decode(byte[] bytes) throws InputDecodingException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        int scan = Math.min(bytes.length, 1 << 16);
        for (int i = start; i < scan; i++) {
            if (bytes[i] == 0) {
                throw new InputDecodingException("binary file (NUL byte at offset " + i + "), not text");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputDecodingException("invalid UTF-8 at byte offset " + in.position()
                    + " (convert the file to UTF-8)");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.indexOf('\0') >= 0) {
            throw new InputDecodingException("binary file (contains NUL characters), not text");
        }
        return text;
    }

    /**
     * Reads a JSONL file one line at a time, one document per non-blank line. Lines are decoded one by one, so a
     * line that is not UTF-8 fails alone, with its byte offset, and the lines around it are still read.
     */
    private final class JsonLines {
        private final Path path;
        private final String fileId;
        private java.io.InputStream in;
        private int lineNumber;
        private long offset;

        JsonLines(Path path, String fileId) {
            this.path = path;
            this.fileId = fileId;
            try {
                in = new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
            } catch (IOException e) {
                fail(path.toString(), "cannot read: " + describe(e), 0);
                in = null;
            }
        }

        /** The next item, or null at the end of the file. */
        SourceItem next() {
            while (in != null) {
                byte[] bytes;
                long lineStart = offset;
                try {
                    bytes = readLine();
                } catch (IOException e) {
                    close();
                    return new SourceItem.Failed(new InputProblem(path.toString(), "cannot read: " + describe(e)),
                            0);
                }
                if (bytes == null) {
                    return null;
                }
                lineNumber++;
                String origin = path + ":" + lineNumber;
                String line;
                try {
                    line = decodeLine(bytes, lineNumber == 1);
                } catch (InputDecodingException e) {
                    return problem(origin, e.getMessage() + " (file offset " + (lineStart + position(e)) + ")",
                            bytes.length);
                }
                if (line.isBlank()) {
                    continue;
                }
                return parseLine(line, origin, bytes.length);
            }
            return null;
        }

        private byte[] readLine() throws IOException {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                line.write(b);
                b = in.read();
            }
            offset += line.size() + (b < 0 ? 0 : 1);
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        }

        private SourceItem parseLine(String line, String origin, long bytes) {
            JsonValue value;
            try {
                value = JSON.parseAny(line);
            } catch (RuntimeException e) {
                return problem(origin, "malformed JSON" + (e instanceof JsonException
                        || e instanceof org.apache.jena.atlas.AtlasException ? ": " + firstLine(e.getMessage())
                        : ""), bytes);
            }
            if (!(value instanceof JsonObject object)) {
                return problem(origin, "expected a JSON object", bytes);
            }
            Optional<String> text = string(object, "text");
            if (text.isEmpty()) {
                return problem(origin, object.hasKey("text") ? "\"text\" is not a string" : "no \"text\" field",
                        bytes);
            }
            if (text.get().isBlank()) {
                return problem(origin, "\"text\" is empty", bytes);
            }
            if (object.hasKey("date") && !object.get("date").isString() && !object.get("date").isNull()) {
                return problem(origin, "\"date\" is not a string (expected \"YYYY-MM-DD\")", bytes);
            }
            Optional<LocalDate> date;
            Optional<String> dateText = string(object, "date").filter(d -> !d.isBlank());
            try {
                date = dateText.map(DocumentSource::parseDate);
            } catch (DateTimeParseException e) {
                return problem(origin, "invalid \"date\" '" + dateText.get() + "' (expected YYYY-MM-DD)", bytes);
            }
            String id = string(object, "id").filter(s -> !s.isBlank())
                    .or(() -> number(object, "id"))
                    .orElse(fileId + "-" + lineNumber);
            return new SourceItem.Read(new Document(id, text.get(), date, string(object, "title"),
                    string(object, "url"), origin), bytes);
        }

        private SourceItem problem(String origin, String message, long bytes) {
            return new SourceItem.Failed(new InputProblem(origin, message), bytes);
        }

        void close() {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException e) {
                    // a file we only read: closing it cannot lose data, and the next read would report a fault
                    in = null;
                }
                in = null;
            }
        }
    }

    /** Decodes one JSONL line strictly as UTF-8; a BOM is dropped from the first line. */
    private static String decodeLine(byte[] bytes, boolean first) throws InputDecodingException {
        int start = first && bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputDecodingException("invalid UTF-8 at byte " + in.position() + " of the line", in.position());
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static long position(InputDecodingException e) {
        return e.position;
    }

    /** Parses a date given as YYYY-MM-DD, or the date part of an ISO date-time. */
    public static LocalDate parseDate(String text) {
        String value = text.strip();
        if (value.length() > 10 && value.charAt(10) == 'T') {
            value = value.substring(0, 10);
        }
        return LocalDate.parse(value);
    }

    private static Optional<String> string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.isString() ? Optional.of(value.getAsString().value()) : Optional.empty();
    }

    private static Optional<String> number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.isNumber() ? Optional.of(value.getAsNumber().value().toString())
                : Optional.empty();
    }

    private void fail(String origin, String problem, long bytes) {
        ready.add(new SourceItem.Failed(new InputProblem(origin, problem), bytes));
    }

    private static boolean supported(Path path) {
        return switch (extension(path)) {
            case "txt", "md", "markdown", "text", "html", "htm", "xhtml", "jsonl", "ndjson" -> true;
            default -> false;
        };
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    private static long sizeOrZero(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
