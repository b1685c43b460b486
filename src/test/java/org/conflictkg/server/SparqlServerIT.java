package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki on a free port over a real TDB2 store, asked over HTTP as any SPARQL client would. */
class SparqlServerIT {

    private static final String EVENTS = "SELECT (COUNT(DISTINCT ?e) AS ?n) "
            + "{ ?e a <https://w3id.org/conflict-kg/ontology#Event> }";

    @TempDir
    static Path dir;

    static Tdb2Store store;
    static SparqlServer server;
    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        store = Tdb2Store.open(dir.resolve("store"));
        StoreFixture.load(store);
        server = SparqlServer.start(store, "127.0.0.1", 0, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void getWithJsonResultsSeesTheUnionOfTheDocumentGraphs() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                + URLEncoder.encode(EVENTS, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        JsonObject json = JSON.parse(response.body());
        String count = json.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject()
                .get("n").getAsObject().get("value").getAsString().value();
        assertEquals("4", count);
    }

    @Test
    void postedFormQueryAnswersInCsv() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(EVENTS,
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("n\r\n4\r\n", response.body());
    }

    @Test
    void aDocumentGraphIsReadableByTheGraphStoreProtocol() throws Exception {
        String graph = "https://w3id.org/conflict-kg/id/doc/beta";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/kg/get?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        Graph received = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(received);
        Graph stored = Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(NodeFactory.createURI(graph)).find().forEach(copy::add);
            return copy;
        });
        assertTrue(stored.size() > 10 && received.isIsomorphicWith(stored));
    }

    @Test
    void updatesAreRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/kg/update")).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() >= 400, "update answered " + response.statusCode());
        HttpResponse<String> check = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                + URLEncoder.encode(EVENTS, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("n\r\n4\r\n", check.body());
    }
}
