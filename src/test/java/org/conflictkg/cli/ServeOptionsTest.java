package org.conflictkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options of kg serve and kg ingest --server that are refused before anything starts, in one line each. */
class ServeOptionsTest {

    @TempDir
    Path dir;

    private static void refused(CliRun run, String message) {
        assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
        assertTrue(run.err().contains(message), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("kg: ")).count(), run::toString);
    }

    @Test
    void updateWithoutAPasswordFileIsRefused() {
        refused(CliRun.kg("serve", "--store", dir.toString(), "--update"), "--update needs --passwd FILE");
    }

    @Test
    void aPasswordFileWithoutUsersIsRefused() throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "# nobody yet\n");
        refused(CliRun.kg("serve", "--store", dir.toString(), "--update", "--passwd", passwd.toString()),
                "no 'user: password' line");
    }

    @Test
    void ingestToAServerNeedsAPasswordFileWithAPlainPassword() throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"), "Police arrested a man.");
        refused(CliRun.kg("ingest", "--server", "http://127.0.0.1:1/", doc.toString()), "--server needs --passwd");
        Path hashed = Files.writeString(dir.resolve("hashed"), "analyst: MD5:5ebe2294ecd0e0f08eab7690d2a6ee69\n");
        refused(CliRun.kg("ingest", "--server", "http://127.0.0.1:1/", "--passwd", hashed.toString(),
                doc.toString()), "is hashed");
    }

    @Test
    void anUnreachableServerIsAServerErrorInOneLine() throws Exception {
        Path doc = Files.writeString(dir.resolve("a.txt"), "Police arrested a man.");
        Path passwd = Files.writeString(dir.resolve("passwd"), "analyst: s3cret\n");
        CliRun run = CliRun.kg("ingest", "--server", "http://127.0.0.1:1/", "--passwd", passwd.toString(),
                doc.toString());
        assertEquals(ExitCodes.SERVER, run.exitCode(), run::toString);
        assertTrue(run.err().contains("cannot reach the server at http://127.0.0.1:1/kg/ingest"), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }
}
