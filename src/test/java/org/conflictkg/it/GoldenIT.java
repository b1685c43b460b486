package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.export.GraphExporter;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.pipeline.IngestReport;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.Vocab;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End-to-end golden files: each folder of {@code src/test/resources/golden/} holds one input document (and a
 * {@code date} file when the test gives the publication date) and {@code expected.trig}, the document graph the
 * pipeline must produce, compared by isomorphism without the ingest time. After a deliberate change to the
 * extraction, rewrite them with {@code mvn verify -Dit.test=GoldenIT -Dgolden.update=true} and review the diff.
 */
class GoldenIT {

    private static final Path CASES = Path.of("src/test/resources/golden");

    @TempDir
    Path dir;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePipelineGivesTheExpectedGraph(Path folder) throws IOException {
        Path input;
        try (Stream<Path> files = Files.list(folder)) {
            input = files.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst().orElseThrow();
        }
        Path dateFile = folder.resolve("date");
        Optional<PublicationDate> date = Files.exists(dateFile)
                ? Optional.of(PublicationDate.parse(Files.readString(dateFile))) : Optional.empty();
        Graph actual;
        DatasetGraph written = DatasetGraphFactory.createGeneral();
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            IngestReport report = new Ingest(store, new StandardPipelineFactory(), KnowledgeBase.load(), Instant::now)
                    .run(new Ingest.Options(List.of(input), date, 1), new Ingest.Listener() {
                        @Override
                        public void read(long bytes) {
                            // progress is not what this test is about
                        }

                        @Override
                        public void failed(org.conflictkg.source.InputProblem problem) {
                            fail(problem.message());
                        }
                    });
            assertEquals(1, report.added());
            Node graph = store.documentGraphs().get(0);
            actual = Txn.calculateRead(store.datasetGraph(), () -> withoutIngestTime(
                    GraphExporter.union(store.datasetGraph(), List.of(graph))));
            actual.find().forEach(t -> written.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        }
        Path expectedFile = folder.resolve("expected.trig");
        if (Boolean.getBoolean("golden.update")) {
            GraphExporter.PREFIXES.forEach(written.prefixes()::add);
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, written, RDFFormat.TRIG_BLOCKS);
            }
        }
        assertTrue(Files.exists(expectedFile), "no " + expectedFile + " (run with -Dgolden.update=true)");
        DatasetGraph expectedData = RDFDataMgr.loadDatasetGraph(expectedFile.toString());
        Graph expected = GraphFactory.createDefaultGraph();
        expectedData.find().forEachRemaining(q -> expected.add(q.asTriple()));
        if (!expected.isIsomorphicWith(actual)) {
            fail("the graph differs from " + expectedFile + "\nmissing: " + difference(expected, actual)
                    + "\nunexpected: " + difference(actual, expected));
        }
    }

    private static Graph withoutIngestTime(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEach(t -> {
            if (!t.getPredicate().equals(Vocab.provEndedAtTime)) {
                copy.add(t);
            }
        });
        return copy;
    }

    private static List<String> difference(Graph a, Graph b) {
        return a.find().filterDrop(b::contains).mapWith(Triple::toString).toList().stream().sorted().limit(20)
                .toList();
    }
}
