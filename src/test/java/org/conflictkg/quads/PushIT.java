package org.conflictkg.quads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.cli.CliRun;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.server.ServerOptions;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg push} into a real {@code kg serve --update} on a free port: the same graphs arrive, and the server's
 * summary graph follows them, so the named queries that read it see the pushed documents.
 */
class PushIT {

    @TempDir
    static Path dir;

    static Tdb2Store remote;
    static SparqlServer server;
    static Path passwd;
    static Path exported;

    @BeforeAll
    static void start() throws Exception {
        Path source = dir.resolve("source");
        StoreFixture.create(source);
        exported = dir.resolve("export.nq");
        CliRun run = CliRun.kg("export", "--store", source.toString(), "--format", "nq", "-o", exported.toString());
        assertEquals(0, run.exitCode(), run::toString);
        remote = Tdb2Store.open(dir.resolve("remote"));
        passwd = Files.writeString(dir.resolve("passwd"), "analyst: s3cret\n");
        server = SparqlServer.start(remote, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                .withUpdate(passwd, new StandardPipelineFactory()));
    }

    @AfterAll
    static void stop() {
        server.close();
        remote.close();
    }

    @Test
    void theSameGraphsArriveAndReplaceEarlierOnes() throws Exception {
        Path half = dir.resolve("half.nq");
        List<String> lines = Files.readAllLines(exported, StandardCharsets.UTF_8);
        Files.write(half, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);
        assertEquals(0, CliRun.kg("push", "--server", server.baseUrl(), "--passwd", passwd.toString(),
                half.toString()).exitCode());
        Path report = dir.resolve("report.tsv");
        CliRun run = CliRun.kg("push", "--server", server.baseUrl(), "--passwd", passwd.toString(), "--report",
                report.toString(), exported.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("2 graphs sent (0 after a retry), 0 failed"), run::toString);
        assertEquals(3, Files.readAllLines(report).size());
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(expected, () -> GraphRuns.read(List.of(exported), (file, graph) -> add(expected, graph)));
        SameGraphs.assertSame(expected, remote.datasetGraph(), name -> !name.equals(CKG.SUMMARY_GRAPH.getURI()),
                t -> true);
    }

    @Test
    void theNamedQueriesSeeThePushedDocumentsAndNoLongerSeeADeletedOne() throws Exception {
        CliRun run = CliRun.kg("push", "--server", server.baseUrl(), "--passwd", passwd.toString(),
                exported.toString());
        assertEquals(0, run.exitCode(), run::toString);
        DatasetGraph pushed = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(pushed, () -> GraphRuns.read(List.of(exported), (file, graph) -> add(pushed, graph)));
        Map<String, Integer> expected = eventsByDocument(pushed);
        assertEquals(2, expected.size(), expected::toString);
        assertEquals(expected, documentsQuery());
        assertSummaryIsWhatARebuildGives();

        String deleted = expected.keySet().iterator().next();
        HttpResponse<String> delete = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.baseUrl() + "kg/data?graph=" + URLEncoder.encode(deleted, StandardCharsets.UTF_8)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret"
                        .getBytes(StandardCharsets.UTF_8)))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(delete.statusCode() < 300, delete::body);
        expected.remove(deleted);
        assertEquals(expected, documentsQuery());
        assertSummaryIsWhatARebuildGives();
    }

    /** The documents the named query 'documents' lists through the server, with their numbers of events. */
    private static Map<String, Integer> documentsQuery() {
        String text = NamedQueries.standard().find("documents").orElseThrow();
        Map<String, Integer> listed = new TreeMap<>();
        RowSet rows = QueryExecHTTP.service(server.queryUrl()).query(text).select();
        rows.forEachRemaining(row -> listed.put(row.get("doc").getURI(),
                ((Number) row.get("events").getLiteralValue()).intValue()));
        return listed;
    }

    /** The document graphs of a dataset (those typed as holding a ckg:Document), with their numbers of events. */
    private static Map<String, Integer> eventsByDocument(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Integer> events = new TreeMap<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), CKG.Document).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) {
                    Set<Node> found = new HashSet<>();
                    dsg.find(q.getGraph(), Node.ANY, RDF.type.asNode(), CKG.Event)
                            .forEachRemaining(e -> found.add(e.getSubject()));
                    events.put(q.getGraph().getURI(), found.size());
                }
            });
            return events;
        });
    }

    private static void assertSummaryIsWhatARebuildGives() {
        Set<Quad> kept = summary();
        assertTrue(kept.size() > 10, () -> "summary: " + kept);
        remote.rebuildSummary();
        assertEquals(summary(), kept);
    }

    private static Set<Quad> summary() {
        DatasetGraph dsg = remote.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find(CKG.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    @Test
    void wrongCredentialsAreAServerError() throws Exception {
        Path wrong = Files.writeString(dir.resolve("wrong"), "analyst: guess\n");
        CliRun run = CliRun.kg("push", "--server", server.baseUrl(), "--passwd", wrong.toString(),
                exported.toString());
        assertEquals(4, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("kg: the server at "), run::toString);
    }

    private static void add(DatasetGraph dsg, DocumentGraph graph) {
        graph.quads().forEach(dsg::add);
    }
}
