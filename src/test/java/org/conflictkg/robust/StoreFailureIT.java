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
                unmount(mount);
            }
        }
    }

    @Test
    void aFullDiskIsAStoreErrorAndTheStoreKeepsWhatItHeld() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("full"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mount.toString()) == 0,
                "cannot mount a tmpfs (needs root): full disk not tested");
        Process ingest = null;
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
            ingest = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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
            if (ingest != null && ingest.isAlive()) {
                ingest.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            unmount(mount);
        }
    }

    /**
     * Unmounts a tmpfs of the test before JUnit deletes the temporary directory it is mounted on, and never fails:
     * store files this JVM mapped stay mapped (and the mount busy) until the garbage collector frees them, so a
     * failed umount is tried again after a collection for up to 10 s; a mount still busy then is detached lazily
     * ({@code umount -l}), which empties the directory at once. Waits until the mount is gone from the mount table.
     */
    private static void unmount(Path mount) {
        try {
            for (int attempt = 0; attempt < 50 && isMounted(mount); attempt++) {
                if (run("umount", mount.toString()) != 0) {
                    System.gc();
                    Thread.sleep(200);
                }
            }
            if (isMounted(mount)) {
                System.out.println("umount " + mount + ": still busy after 10 s, detaching it lazily");
                run("umount", "-l", mount.toString());
            }
            for (int attempt = 0; attempt < 50 && isMounted(mount); attempt++) {
                Thread.sleep(100);
            }
            if (isMounted(mount)) {
                System.out.println("umount " + mount + ": still mounted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.out.println("umount " + mount + ": interrupted");
        } catch (Exception e) {
            System.out.println("umount " + mount + ": " + e);
        }
    }

    /** Whether a file system is mounted on this directory, by the kernel's mount table. */
    private static boolean isMounted(Path mount) throws IOException {
        String target = mount.toRealPath().toString().replace(" ", "\\040");
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/mounts"))) {
            return lines.map(line -> line.split(" ")).anyMatch(fields -> fields.length > 1 && fields[1].equals(target));
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
