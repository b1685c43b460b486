package org.conflictkg.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

    /**
     * Largest file (or JSONL line) read, in bytes: larger ones are reported without being read, so memory stays
     * bounded whatever the input. The text itself is limited to {@link Document#MAX_TEXT_CHARS}.
     */
    public static final long MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;

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
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            fail(path.toString(), linkProblem(path), 0);
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
                    .filter(p -> Files.isRegularFile(p) || (Files.isSymbolicLink(p) && !Files.exists(p)))
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
                fail(path.toString(), String.format(Locale.ROOT, "file too large (%,d bytes; the limit is %,d)",
                        size, MAX_DOCUMENT_BYTES), size);
                return;
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            fail(path.toString(), "cannot read: " + describe(e), 0);
            return;
        }
        Decoded decoded;
        try {
            decoded = decode(bytes);
        } catch (InputDecodingException e) {
            fail(path.toString(), e.getMessage(), bytes.length);
            return;
        }
        String text = decoded.text();
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
        if (text.length() > Document.MAX_TEXT_CHARS) {
            fail(path.toString(), tooLong(text.length()), bytes.length);
            return;
        }
        ready.add(new SourceItem.Read(new Document(id, text, Optional.empty(), title, Optional.empty(),
                path.toString()), bytes.length, decoded.warning().map(List::of).orElse(List.of())));
    }

    /** The message for a text over {@link Document#MAX_TEXT_CHARS}. */
    public static String tooLong(int characters) {
        return String.format(Locale.ROOT, "text of %,d characters is over the limit of %,d (split it into "
                + "smaller documents)", characters, Document.MAX_TEXT_CHARS);
    }

    private static String linkProblem(Path link) {
        try {
            link.toRealPath();
            return "cannot follow the symbolic link";
        } catch (java.nio.file.FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            return reason.contains("levels of symbolic links") ? "symbolic link loop (" + reason + ")"
                    : "broken symbolic link (its target does not exist)";
        } catch (IOException e) {
            return "cannot follow the symbolic link (" + describe(e) + ")";
        }
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

    /** Text decoded from bytes, with a warning when its encoding was guessed. */
    record Decoded(String text, Optional<String> warning) {
    }

    /**
     * Decodes file bytes as text. UTF-8 (with or without BOM) and UTF-16 (with a BOM, or without one when the
     * zero bytes of ASCII text show its byte order) are read as such. Bytes that are not UTF-8 but read as
     * Windows-1252 (a superset of Latin-1's printable characters) are decoded so, with a warning, provided the file
     * holds no valid UTF-8 multi-byte sequence (which would make it UTF-8 with damage) and no UTF-8 BOM; other
     * bytes are refused with the offset of the first invalid one. Binary files (NUL bytes, control characters)
     * are refused.
     */
    static Decoded decode(byte[] bytes) throws InputDecodingException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            boolean big = bytes[0] == (byte) 0xFE;
            return new Decoded(checkText(strict(bytes, 2, big ? StandardCharsets.UTF_16BE
                    : StandardCharsets.UTF_16LE, "UTF-16")), Optional.empty());
        }
        Optional<java.nio.charset.Charset> utf16 = utf16WithoutBom(bytes);
        if (utf16.isPresent()) {
            return new Decoded(checkText(strict(bytes, 0, utf16.get(), "UTF-16")), Optional.of("no byte order "
                    + "mark: read as " + utf16.get().name() + " (the zero bytes of its ASCII characters say so)"));
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputDecodingException("binary file (NUL byte at offset " + i + "), not text");
            }
        }
        try {
            return new Decoded(strict(bytes, start, StandardCharsets.UTF_8, "UTF-8"), Optional.empty());
        } catch (InputDecodingException notUtf8) {
            int offset = (int) notUtf8.position;
            if (!bom && !hasUtf8Sequence(bytes)) {
                String text;
                try {
                    text = strict(bytes, 0, java.nio.charset.Charset.forName("windows-1252"), "Windows-1252");
                } catch (InputDecodingException e) {
                    throw new InputDecodingException(String.format(Locale.ROOT, "invalid UTF-8 at byte offset %d "
                            + "(byte 0x%02X), and not Latin-1 text either (convert the file to UTF-8)", offset,
                            bytes[offset] & 0xFF), offset);
                }
                return new Decoded(checkText(text), Optional.of(String.format(Locale.ROOT, "not UTF-8 (byte "
                        + "0x%02X at offset %d): read as Latin-1/Windows-1252; convert the file to UTF-8 if that "
                        + "is wrong", bytes[offset] & 0xFF, offset)));
            }
            throw new InputDecodingException(String.format(Locale.ROOT, "invalid UTF-8 at byte offset %d (byte "
                    + "0x%02X in a file that is otherwise UTF-8; convert the file to UTF-8)", offset,
                    bytes[offset] & 0xFF), offset);
        }
    }

    /** UTF-16LE or BE when most even (or odd) bytes are zero and the others are not: ASCII text in UTF-16. */
    private static Optional<java.nio.charset.Charset> utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 1 << 16) / 2;
        if (pairs < 2 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            zeroEven += bytes[2 * i] == 0 ? 1 : 0;
            zeroOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd >= pairs * 0.6 && zeroEven == 0) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (zeroEven >= pairs * 0.6 && zeroOdd == 0) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Whether the bytes hold a well-formed UTF-8 sequence of two or more bytes. */
    private static boolean hasUtf8Sequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length > 0 && i + length <= bytes.length) {
                boolean continued = true;
                for (int k = 1; k < length; k++) {
                    continued &= (bytes[i + k] & 0xC0) == 0x80;
                }
                if (continued) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, int start, java.nio.charset.Charset charset, String name)
            throws InputDecodingException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder.decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputDecodingException("invalid " + name + " at byte offset " + in.position(), in.position());
        }
    }

    /**
     * The text of a guessed encoding, unless it holds NUL or control characters that only binary files have (a
     * wrong guess); text that is valid UTF-8 is only refused for NUL bytes.
     */
    private static String checkText(String text) throws InputDecodingException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputDecodingException("binary file (contains NUL characters), not text");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B && c != 0x1B) {
                throw new InputDecodingException(String.format(Locale.ROOT, "binary file (control character "
                        + "U+%04X at character %d), not text", (int) c, i));
            }
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
        private long overlong;

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
                if (overlong > 0) {
                    long length = overlong;
                    overlong = 0;
                    return problem(origin, String.format(Locale.ROOT, "line of %,d bytes is over the limit of %,d "
                            + "(not read)", length, MAX_DOCUMENT_BYTES), length);
                }
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
            long read = 0;
            while (b >= 0 && b != '\n') {
                if (read < MAX_DOCUMENT_BYTES) {
                    line.write(b);
                }
                read++;
                b = in.read();
            }
            offset += read + (b < 0 ? 0 : 1);
            if (read > MAX_DOCUMENT_BYTES) {
                overlong = read;
                return new byte[0];
            }
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
            if (text.get().length() > Document.MAX_TEXT_CHARS) {
                return problem(origin, tooLong(text.get().length()), bytes);
            }
            if (object.hasKey("date") && !object.get("date").isString() && !object.get("date").isNull()) {
                return problem(origin, "\"date\" is not a string (expected \"YYYY-MM-DD\", \"YYYY-MM\" or "
                        + "\"YYYY\")", bytes);
            }
            Optional<PublicationDate> date;
            Optional<String> dateText = string(object, "date").filter(d -> !d.isBlank());
            try {
                date = dateText.map(PublicationDate::parse);
            } catch (DateTimeParseException e) {
                return problem(origin, PublicationDate.problem("\"date\"", dateText.get(), e), bytes);
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
        try {
            return strict(bytes, start, StandardCharsets.UTF_8, "UTF-8");
        } catch (InputDecodingException e) {
            throw new InputDecodingException("invalid UTF-8 at byte " + e.position + " of the line", e.position);
        }
    }

    private static long position(InputDecodingException e) {
        return e.position;
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
