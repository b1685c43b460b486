package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.conflictkg.cli.CliRun;
import org.conflictkg.cli.ExitCodes;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a one-line message naming the file, and costs nothing else. */
class BadInputIT {

    @TempDir
    Path dir;

    @Test
    void badInputsAreReportedOneLineEachWhileTheRestIsIngestedAndNothingStoredIsLost() throws Exception {
        Path store = dir.resolve("store");
        Path earlier = Files.writeString(dir.resolve("earlier.txt"),
                "Soldiers detained four suspects in Gao on 12 March 2023.");
        CliRun first = CliRun.kg("ingest", "--store", store.toString(), earlier.toString());
        assertEquals(0, first.exitCode(), first::toString);

        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Police in Kano arrested three men on 2 June 2023.");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("blank.md"), "  \n\t\n");
        Files.write(in.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 0, 'b'});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("notes.pdf"), "not read");
        Files.writeString(in.resolve("feed.jsonl"), String.join("\n",
                "{\"id\": \"j1\", \"text\": \"Gunmen attacked a bus in Mali on 1 July 2023.\", \"date\": \"2023-07-02\"}",
                "{\"id\": \"j2\", \"text\": ",
                "{\"id\": \"j3\"}",
                "{\"id\": \"j4\", \"text\": 42}",
                "{\"id\": \"j5\", \"text\": \"A text.\", \"date\": \"2024-13-45\"}",
                ""));
        Path unsupported = Files.writeString(dir.resolve("table.xlsx"), "x");

        CliRun run = CliRun.kg("ingest", "--store", store.toString(), in.toString(), unsupported.toString(),
                dir.resolve("missing.txt").toString());

        assertEquals(ExitCodes.SOME_FAILED, run.exitCode(), run::toString);
        assertTrue(run.out().contains("3 added, 0 replaced, 0 unchanged, 9 failed, 1 files of other types skipped"),
                run::toString);
        List<String> errors = run.err().lines().filter(l -> l.startsWith("kg: ")).toList();
        assertEquals(9, errors.size(), run::toString);
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "stack trace: " + run);
        expect(errors, in.resolve("empty.txt") + ": empty file");
        expect(errors, in.resolve("blank.md") + ": empty file");
        expect(errors, in.resolve("binary.txt") + ": binary file");
        assertTrue(run.err().contains("warning: " + in.resolve("latin1.txt") + ": not UTF-8 (byte 0xE9 at offset 3)"
                + ": read as Latin-1/Windows-1252"), run::toString);
        expect(errors, in.resolve("feed.jsonl") + ":2: malformed JSON");
        expect(errors, in.resolve("feed.jsonl") + ":3: no \"text\" field");
        expect(errors, in.resolve("feed.jsonl") + ":4: \"text\" is not a string");
        expect(errors, in.resolve("feed.jsonl") + ":5: invalid \"date\" '2024-13-45'");
        expect(errors, unsupported + ": unsupported file type '.xlsx'");
        expect(errors, dir.resolve("missing.txt") + ": no such file");

        CliRun stats = CliRun.kg("stats", "--store", store.toString());
        assertTrue(stats.out().contains("documents: 4"), stats::toString);
    }

    @Test
    void aStoreHeldByAnotherProcessIsAStoreErrorThatSaysSo() throws Exception {
        Path store = dir.resolve("held");
        try (Tdb2Store held = Tdb2Store.open(store)) {
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.conflictkg.cli.Kg", "stats", "--store",
                    store.toString()).redirectErrorStream(true).start();
            assertTrue(other.waitFor(120, TimeUnit.SECONDS), "the second process did not finish");
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(ExitCodes.STORE, other.exitValue(), output);
            assertTrue(output.contains("is in use by another process") && output.contains("--server"), output);
            assertFalse(output.contains("\tat "), output);
            assertTrue(held.documentGraphs().isEmpty());
        }
    }

    private static void expect(List<String> errors, String start) {
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("kg: " + start)), () -> "no line starting with '"
                + start + "' in " + errors);
    }
}
