package org.conflictkg.robust;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.cli.CliRun;
import org.conflictkg.rdf.DocumentIris;
import org.conflictkg.store.Tdb2Store;

/**
 * Every kind of bad input of issue 7 written into one directory and ingested in one batch with {@code kg ingest}:
 * each must end as expected (ingested, ingested with a warning, or refused with a one-line message naming the file
 * and line), with the rest of the batch ingested and exit code 1. Used by {@code BadInputBatchIT} and, through
 * {@link #main}, by {@code scripts/robustness.sh}.
 */
public final class BadInputs {

    /** One bad input and what must become of it: a document id that must be stored, and/or a message. */
    public record Case(String name, String storedId, String message) {
    }

    /** The outcome of the batch. */
    public record Outcome(List<Case> cases, List<String> unhandled, int exitCode, double seconds, CliRun run) {

        /** The line for the scripts. */
        public String summary() {
            return "bad inputs tried: " + cases.size() + ", handled: " + (cases.size() - unhandled.size())
                    + String.format(java.util.Locale.ROOT, " (one batch, exit %d, %.0f s)", exitCode, seconds)
                    + (unhandled.isEmpty() ? "" : "\nNOT HANDLED:\n  " + String.join("\n  ", unhandled));
        }
    }

    private BadInputs() {
    }

    /** {@code BadInputs WORKDIR}: writes the inputs, ingests them, prints the summary; exit 1 if one is not handled. */
    public static void main(String[] args) throws Exception {
        Outcome outcome = run(Path.of(args.length > 0 ? args[0] : "target/bad-inputs"));
        System.out.println(outcome.summary());
        System.exit(outcome.unhandled().isEmpty() ? 0 : 1);
    }

    /** Writes the inputs under {@code work}, ingests them into a new store there and checks each outcome. */
    public static Outcome run(Path work) throws IOException {
        Path in = Files.createDirectories(work.resolve("in"));
        Path store = work.resolve("store");
        List<Case> cases = write(in, work);
        long start = System.nanoTime();
        CliRun run = CliRun.kg("ingest", "--store", store.toString(), "--date", "2024-05-17", in.toString(),
                work.resolve("table.xlsx").toString(), work.resolve("missing.txt").toString(),
                in.resolve("loop.txt").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        CliRun future = CliRun.kg("ingest", "--store", store.toString(), "--date", "3024-01-01", in.toString());
        List<String> unhandled = new ArrayList<>();
        List<String> lines = run.err().lines().toList();
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            for (Case c : cases) {
                if (c.storedId() != null && !opened.contains(DocumentIris.document(c.storedId()))) {
                    unhandled.add(c.name() + ": not stored");
                }
                if (c.message() != null && lines.stream().noneMatch(l -> l.contains(c.message()))) {
                    unhandled.add(c.name() + ": no line with '" + c.message() + "'");
                }
            }
        }
        Path locked = in.resolve("locked.txt");
        if (Files.isReadable(locked)) {
            String refused = ingestWithoutRootCapabilities(work.resolve("store-locked"), locked);
            if (!refused.startsWith("exit 1: ") || !refused.contains(locked + ": cannot read: permission denied")
                    || refused.contains("Exception")) {
                unhandled.add("unreadable file, without root's capabilities: " + refused);
            }
        }
        if (future.exitCode() != 2 || !future.err().contains("is in the future")) {
            unhandled.add("--date 3024-01-01: " + future);
        }
        if (run.exitCode() != 1 || run.err().contains("\tat ") || run.err().contains("Exception")) {
            unhandled.add("the batch: " + run);
        }
        List<Case> all = new ArrayList<>(cases);
        all.add(new Case("--date 3024-01-01", null, null));
        return new Outcome(all, unhandled, run.exitCode(), seconds, run);
    }

    /**
     * Runs {@code kg ingest} on the file in a JVM without the capabilities by which root reads any file, and returns
     * its exit code and output.
     */
    private static String ingestWithoutRootCapabilities(Path store, Path file) throws IOException {
        Process child = new ProcessBuilder("setpriv", "--bounding-set=-dac_override,-dac_read_search",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.conflictkg.cli.Kg", "ingest", "--store",
                store.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return "exit " + child.waitFor() + ": " + output.strip();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for kg ingest", e);
        }
    }

    private static List<Case> write(Path in, Path work) throws IOException {
        List<Case> cases = new ArrayList<>();
        Files.writeString(in.resolve("good.txt"), "Police in Kano arrested three men on 2 June 2023.");
        cases.add(new Case("a good file among them", "good", null));
        Files.writeString(in.resolve("empty.txt"), "");
        cases.add(new Case("empty file", null, in.resolve("empty.txt") + ": empty file"));
        Files.writeString(in.resolve("blank.md"), "  \n\t\r\n ");
        cases.add(new Case("whitespace-only file", null, in.resolve("blank.md") + ": empty file"));
        Files.write(in.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF, 0});
        cases.add(new Case("binary file with NUL bytes", null, in.resolve("binary.txt") + ": binary file"));
        Files.write(in.resolve("damaged.txt"), new byte[] {'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9, ' ',
            (byte) 0xC3, '(', '.'});
        cases.add(new Case("invalid UTF-8", null, in.resolve("damaged.txt") + ": invalid UTF-8 at byte offset 6"));
        String utf16Text = "Gunmen attacked a police post in Gao on 3 May 2024.";
        byte[] le = utf16Text.getBytes(StandardCharsets.UTF_16LE);
        byte[] bom = new byte[le.length + 2];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, bom, 2, le.length);
        Files.write(in.resolve("utf16-bom.txt"), bom);
        cases.add(new Case("UTF-16 with BOM", "utf16-bom", null));
        Files.write(in.resolve("utf16-nobom.txt"), utf16Text.getBytes(StandardCharsets.UTF_16BE));
        cases.add(new Case("UTF-16 without BOM", "utf16-nobom", in.resolve("utf16-nobom.txt")
                + ": no byte order mark"));
        Files.write(in.resolve("latin1.txt"), "Attentat au caf\u00e9 de Bamako le 3 mai 2024.".getBytes(
                StandardCharsets.ISO_8859_1));
        cases.add(new Case("Latin-1 text", "latin1", in.resolve("latin1.txt") + ": not UTF-8 (byte 0xE9"));
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.txt"))) {
            byte[] line = "A line of a very large file that nobody should annotate whole.\n".getBytes(
                    StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        cases.add(new Case("50 MB text file", null, in.resolve("huge.txt") + ": file too large"));
        StringBuilder line = new StringBuilder();
        while (line.length() < 100_000) {
            line.append("militants of Boko Haram moved through Maiduguri and the army followed them ");
        }
        Files.writeString(in.resolve("long-line.txt"), line.substring(0, 100_000));
        cases.add(new Case("100,000-character line without a sentence break", "long-line", null));
        StringBuilder sentence = new StringBuilder("In a long statement");
        for (int i = 0; sentence.length() < 26_000; i++) {
            sentence.append(i % 7 == 0 ? ", al-Shabaab fighters attacked a convoy near Mogadishu" : ", and then");
        }
        Files.writeString(in.resolve("long-sentence.txt"), sentence.append(".\n").toString());
        cases.add(new Case("5,000-token sentence", "long-sentence", null));
        Files.writeString(in.resolve("page.html"), "<html><head><title>Caf&eacute; attack</title><style>p{color:"
                + "red}</style><script>document.write('<p>hidden</p>')</script></head><body>"
                + "<div>".repeat(5000) + "<p>Gunmen attacked a hotel in Mogadishu &amp; killed 12 people on 4 "
                + "May 2024.&nbsp;&#x41;l-Shabaab claimed it.</p>" + "</div>".repeat(5000) + "</body></html>");
        cases.add(new Case("HTML with scripts, styles, entities and deep nesting", "page", null));
        StringBuilder jsonl = new StringBuilder();
        jsonl.append("{\"id\":\"j1\",\"text\":\"Gunmen attacked a bus in Mali on 1 July 2023.\",\"date\":\"2023-07-02\"}\n");
        jsonl.append("{\"id\":\"j2\",\"text\":\n");
        jsonl.append("{\"id\":\"j3\"}\n");
        jsonl.append("{\"id\":\"j4\",\"text\":42}\n");
        jsonl.append("{\"id\":\"j5\",\"text\":\"").append("x".repeat(10 * 1024 * 1024)).append("\"}\n");
        jsonl.append("{\"id\":\"j6\",\"text\":\"Troops killed four fighters near Gao.\"}\n");
        jsonl.append("{\"id\":\"j6\",\"text\":\"Another text under the same id.\"}\n");
        jsonl.append("{\"id\":\"j8\",\"text\":\"A text.\",\"date\":\"2024-13-45\"}\n");
        jsonl.append("{\"id\":\"j9\",\"text\":\"A text.\",\"date\":\"3024-01-01\"}\n");
        Files.writeString(in.resolve("feed.jsonl"), jsonl);
        Path feed = in.resolve("feed.jsonl");
        cases.add(new Case("JSONL good lines", "j1", null));
        cases.add(new Case("JSONL bad line", null, feed + ":2: malformed JSON"));
        cases.add(new Case("JSONL missing text", null, feed + ":3: no \"text\" field"));
        cases.add(new Case("JSONL non-string text", null, feed + ":4: \"text\" is not a string"));
        cases.add(new Case("JSONL 10 MB line", null, feed + ":5: line of 10,485,"));
        cases.add(new Case("JSONL duplicate id", "j6", feed + ":7: duplicate document id 'j6'"));
        cases.add(new Case("impossible date 2024-13-45", null, feed + ":8: invalid \"date\" '2024-13-45'"));
        cases.add(new Case("future date 3024-01-01", null, feed + ":9: \"date\" '3024-01-01' is in the future"));
        Files.writeString(in.resolve("r\u00e9sum\u00e9 of the week.txt"), "Police in Peshawar arrested a suspect.");
        cases.add(new Case("file name with spaces and non-ASCII", "r\u00e9sum\u00e9 of the week", null));
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        cases.add(new Case("symbolic link loop", null, in.resolve("loop.txt") + ": symbolic link loop"));
        Path locked = Files.writeString(in.resolve("locked.txt"), "Soldiers detained two men in Gao.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        cases.add(Files.isReadable(locked) ? new Case("unreadable file (root reads it; refused without root's "
                + "capabilities)", "locked", null) : new Case("unreadable file", null, locked
                + ": cannot read: permission denied"));
        Files.writeString(in.resolve("deutsch.txt"), "Bewaffnete griffen am 3. Mai 2024 einen Markt in Kano an. "
                + "Die Polizei nahm zwei Verd\u00e4chtige fest.");
        cases.add(new Case("text in another language", "deutsch", null));
        Files.writeString(work.resolve("table.xlsx"), "x");
        cases.add(new Case("unsupported file named", null, work.resolve("table.xlsx")
                + ": unsupported file type '.xlsx'"));
        cases.add(new Case("missing file", null, work.resolve("missing.txt") + ": no such file"));
        return cases;
    }
}
