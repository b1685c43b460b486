package org.conflictkg.quads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.cli.CliRun;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.server.ServerOptions;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kg push} into a real {@code kg serve --update} on a free port: the same graphs arrive. */
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
        SameGraphs.assertSame(expected, remote.datasetGraph(), t -> true);
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
