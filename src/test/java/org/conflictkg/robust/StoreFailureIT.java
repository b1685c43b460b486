package org.conflictkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.conflictkg.cli.CliRun;
import org.conflictkg.cli.ExitCodes;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a read-only file system, or on a full disk, gives a one-line store error (exit 3) and stays as it
 * was. Both use a small tmpfs mounted by the test, which needs root (the tests run as root here); without it the
 * read-only case falls back to a directory without write permission and the full disk is skipped.
 */
class StoreFailureIT {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyStoreIsAStoreErrorAndStaysAsItWas() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("ro"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString()) == 0;
        try {
            Path store = mount.resolve("store");
            StoreFixture.create(store);
            Map<String, String> before = hashes(store);
            if (mounted) {
                assertEquals(0, run("mount", "-o", "remount,ro", mount.toString()));
            } else {
                Files.setPosixFilePermissions(store, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "r-xr-xr-x"));
                Assumptions.assumeFalse(Files.isWritable(store), "running as root without mount rights");
            }
            Path doc = Files.writeString(dir.resolve("a.txt"), "Police in Kano arrested two men.");

            for (CliRun run : List.of(CliRun.kg("ingest", "--store", store.toString(), doc.toString()),
                    CliRun.kg("stats", "--store", store.toString()))) {
                assertEquals(ExitCodes.STORE, run.exitCode(), run::toString);
                assertTrue(run.err().contains("the directory is read-only"), run::toString);
                assertEquals(1, run.err().lines().count(), run::toString);
            }
            assertEquals(before, hashes(store));
        } finally {
            if (mounted) {
                run("umount", mount.toString());
            }
        }
    }

    @Test
    void aFullDiskIsAStoreErrorAndTheStoreKeepsWhatItHeld() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("full"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mount.toString()) == 0,
                "cannot mount a tmpfs (needs root): full disk not tested");
        try {
            Path store = mount.resolve("store");
            StoreFixture.create(store);
            Map<Node, Graph> before;
            try (Tdb2Store opened = Tdb2Store.open(store)) {
                before = CrashDrill.documentGraphs(opened);
            }
            fill(mount.resolve("filler"));
            Path doc = Files.writeString(dir.resolve("b.txt"), "Gunmen attacked a market in Gao on 3 May 2024, "
                    + "killing 12 people. " + "The army said the attackers fled north. ".repeat(200));
            Process ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx3g", "-cp", System.getProperty("java.class.path"), "org.conflictkg.cli.Kg", "ingest",
                    "--store", store.toString(), doc.toString()).redirectErrorStream(true).start();
            String output = new String(ingest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(ingest.waitFor(180, TimeUnit.SECONDS));
            System.out.println("full disk: exit " + ingest.exitValue() + ": " + output.strip());
            assertEquals(ExitCodes.STORE, ingest.exitValue(), output);
            assertTrue(output.contains("No space left on device") || output.contains("disk is probably full"), output);
            assertFalse(output.contains("\tat "), output);

            Files.delete(mount.resolve("filler"));
            try (Tdb2Store opened = Tdb2Store.open(store)) {
                Map<Node, Graph> after = CrashDrill.documentGraphs(opened);
                assertEquals(before.keySet(), after.keySet());
                before.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(after.get(name)), name::toString));
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    private static Map<String, String> hashes(Path store) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(store.relativize(file).toString(), HexFormat.of().formatHex(MessageDigest
                        .getInstance("SHA-256").digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
    }
}
