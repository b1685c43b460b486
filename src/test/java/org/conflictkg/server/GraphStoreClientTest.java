package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.store.DocumentGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Graph Store client against a stand-in server: batches, retries, and the outcome of each graph. */
class GraphStoreClientTest {

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI serve(int failuresFirst, int status) throws Exception {
        AtomicInteger failures = new AtomicInteger(failuresFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/kg/data", exchange -> {
            exchange.getRequestBody().readAllBytes();
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getQuery());
            }
            int answer = failures.getAndDecrement() > 0 ? 503 : status;
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static DocumentGraph graph(String name) {
        var g = NodeFactory.createURI(name);
        return new DocumentGraph(g, List.of(Quad.create(g, NodeFactory.createURI("urn:s"),
                NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o"))));
    }

    @Test
    void aFailedBatchIsSentAgainAndLaterPartsOfAGraphAreAdded() throws Exception {
        GraphStoreClient client = new GraphStoreClient(serve(1, 204), new PasswordFile.Credentials("a", "b"),
                Duration.ofMillis(10));
        List<GraphStoreClient.Outcome> outcomes = new ArrayList<>();
        client.add(Path.of("f.nq"), graph("urn:g1"), outcomes::add);
        client.add(Path.of("f.nq"), graph("urn:g2"), outcomes::add);
        client.add(Path.of("f.nq"), graph("urn:g1"), outcomes::add);
        client.flush(outcomes::add);
        assertEquals(3, outcomes.size(), outcomes::toString);
        assertTrue(outcomes.stream().allMatch(GraphStoreClient.Outcome::sent), outcomes::toString);
        assertEquals(2, outcomes.get(outcomes.size() - 1).attempts() + outcomes.get(0).attempts() - 1,
                outcomes::toString);
        assertTrue(requests.contains("PUT graph=urn:g1") && requests.contains("POST graph=urn:g1"),
                requests::toString);
    }

    @Test
    void aGraphTheServerRefusesIsReportedAndNotRetried() throws Exception {
        GraphStoreClient client = new GraphStoreClient(serve(0, 400), new PasswordFile.Credentials("a", "b"),
                Duration.ofMillis(10));
        List<GraphStoreClient.Outcome> outcomes = new ArrayList<>();
        client.add(Path.of("f.nq"), graph("urn:g1"), outcomes::add);
        client.flush(outcomes::add);
        assertEquals(1, outcomes.size());
        assertFalse(outcomes.get(0).sent());
        assertEquals(1, outcomes.get(0).attempts());
        assertEquals(1, requests.size());
    }

    @Test
    void aServerThatStaysDownFailsTheBatchAfterThreeAttempts() throws Exception {
        GraphStoreClient client = new GraphStoreClient(serve(100, 204), new PasswordFile.Credentials("a", "b"),
                Duration.ofMillis(10));
        List<GraphStoreClient.Outcome> outcomes = new ArrayList<>();
        client.add(Path.of("f.nq"), graph("urn:g1"), outcomes::add);
        client.flush(outcomes::add);
        assertFalse(outcomes.get(0).sent());
        assertTrue(outcomes.get(0).problem().contains("HTTP 503"), outcomes::toString);
        assertEquals(GraphStoreClient.ATTEMPTS, requests.size());
    }
}
