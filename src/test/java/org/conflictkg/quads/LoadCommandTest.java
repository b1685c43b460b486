package org.conflictkg.quads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.conflictkg.cli.CliRun;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg load} of what {@code kg export --format nq} wrote gives the same store, summary included. */
class LoadCommandTest {

    @TempDir
    static Path dir;

    static Path source;
    static Path exported;

    @BeforeAll
    static void export() throws IOException {
        source = dir.resolve("source");
        StoreFixture.create(source);
        Path plain = dir.resolve("export.nq");
        CliRun run = CliRun.kg("export", "--store", source.toString(), "--format", "nq", "-o", plain.toString());
        assertEquals(0, run.exitCode(), run::toString);
        Files.createDirectories(dir.resolve("out/part"));
        exported = dir.resolve("out/part/part-00000.nq.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(exported))) {
            Files.copy(plain, out);
        }
        Files.writeString(dir.resolve("out/_SUCCESS"), "");
        Files.writeString(dir.resolve("out/part/.part-00000.nq.gz.crc"), "not quads");
    }

    @Test
    void loadIntoAnEmptyStoreGivesTheSameGraphs() {
        Path target = dir.resolve("empty");
        CliRun run = CliRun.kg("load", "--store", target.toString(), dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("1 files, 2 graphs (2 new, 0 replaced)"), run::toString);
        SameGraphs.assertSame(source, target, t -> true);
    }

    @Test
    void loadingAgainReplacesGraphsInsteadOfAddingToThem() throws IOException {
        Path target = dir.resolve("twice");
        assertEquals(0, CliRun.kg("load", "--store", target.toString(), exported.toString()).exitCode());
        Path smaller = dir.resolve("smaller.nq");
        List<String> lines = Files.readAllLines(dir.resolve("export.nq"), StandardCharsets.UTF_8);
        Files.write(smaller, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
        assertEquals(0, CliRun.kg("load", "--store", target.toString(), smaller.toString()).exitCode());
        CliRun again = CliRun.kg("load", "--store", target.toString(), exported.toString());
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("(0 new, 2 replaced)"), again::toString);
        SameGraphs.assertSame(source, target, t -> true);
    }

    @Test
    void aBadFileStopsTheLoadAndNothingIsStored() throws IOException {
        Path target = dir.resolve("bad");
        assertEquals(0, CliRun.kg("load", "--store", target.toString(), exported.toString()).exitCode());
        Path bad = dir.resolve("bad.nq");
        List<String> lines = Files.readAllLines(dir.resolve("export.nq"), StandardCharsets.UTF_8);
        Files.write(bad, List.of(lines.get(0), "<urn:a> <urn:b> \"unterminated <urn:g> ."), StandardCharsets.UTF_8);
        CliRun run = CliRun.kg("load", "--store", target.toString(), bad.toString());
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("kg: " + bad + ": line "), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
        SameGraphs.assertSame(source, target, t -> true);
    }

    @Test
    void refusesTheSummaryGraphTriplesAndOtherFiles() throws IOException {
        Path target = dir.resolve("refused");
        Path summary = Files.writeString(dir.resolve("summary.nq"),
                "<urn:a> <urn:b> <urn:c> <https://w3id.org/conflict-kg/graph/summary> .\n");
        Path triples = Files.writeString(dir.resolve("triples.nq"), "<urn:a> <urn:b> <urn:c> .\n");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello\n");
        Path illTyped = Files.writeString(dir.resolve("ill-typed.nq"),
                "<urn:a> <urn:b> \"four\"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:g> .\n");
        for (Path file : List.of(summary, triples, text, illTyped, dir.resolve("missing.nq"))) {
            CliRun run = CliRun.kg("load", "--store", target.toString(), file.toString());
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith("kg: " + file + ": "), run::toString);
        }
        try (Tdb2Store store = Tdb2Store.open(target)) {
            assertEquals(0, store.size(), "not even the ontology and knowledge base graphs of a failed load");
        }
    }
}
