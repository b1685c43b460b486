package org.conflictkg.quads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.cli.CliRun;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg load} killed (SIGKILL) in the middle of a load that replaces a stored graph and adds many: the store
 * opens afterwards holding exactly what it held before, summary included; nothing of the load is visible.
 */
class LoadCrashIT {

    private static final String DOC = "https://w3id.org/conflict-kg/id/doc/";

    @TempDir
    Path dir;

    @Test
    void aKilledLoadLeavesTheStoreAsItWas() throws Exception {
        Path store = dir.resolve("store");
        StoreFixture.create(store);
        Path exported = dir.resolve("export.nq");
        CliRun export = CliRun.kg("export", "--store", store.toString(), "--format", "nq", "-o", exported.toString());
        assertEquals(0, export.exitCode(), export::toString);
        DatasetGraph before = DatasetGraphFactory.createTxnMem();
        try (Tdb2Store s = Tdb2Store.open(store)) {
            Txn.executeRead(s.datasetGraph(), () -> s.datasetGraph().find().forEachRemaining(before::add));
        }
        Path big = dir.resolve("big.nq");
        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write((line.contains("#prefLabel> \"") ? line.replaceFirst("\"", "\"changed ") : line) + "\n");
            }
            for (int copy = 0; copy < 1000; copy++) {
                for (String line : lines) {
                    out.write(line.replaceAll("(" + DOC + "[^>#/]+)", "$1-copy-" + copy) + "\n");
                }
            }
        }
        long baseline = dataBytes(store);
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                "target/kg.jar", "org.conflictkg.cli.Kg", "load", "--store", store.toString(), big.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("load.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (load.isAlive() && dataBytes(store) < baseline + 1_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(load.isAlive(), () -> "the load ended before it could be killed: " + log());
        load.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        SameGraphs.assertSame(before, Tdb2Store.open(store).datasetGraph(), t -> true);
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("load.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** The bytes of the store's data files, which grow as a load writes. */
    private static long dataBytes(Path store) throws IOException {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).map(Path::toFile).mapToLong(File::length).sum();
        }
    }
}
