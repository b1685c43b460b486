package org.conflictkg.server;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with update on: writes need the credentials of the password file, reads stay open. */
class ServerUpdateIT {

    @TempDir
    static Path dir;

    static Tdb2Store store;
    static SparqlServer server;
    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        store = Tdb2Store.open(dir.resolve("store"));
        StoreFixture.load(store);
        Path passwd = Files.writeString(dir.resolve("passwd"), "# users who may write\nanalyst: s3cret\n");
        server = SparqlServer.start(store, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                .withUpdate(passwd, new StandardPipelineFactory()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    static HttpResponse<String> update(String sparql, String userPassword) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (userPassword != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(
                    StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csv(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    @Test
    void anUpdateIsRefusedWithoutCredentialsAndAcceptedWithThem() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:test:notes> { <urn:test:a> <urn:test:says> \"hello\" } }";
        String ask = "SELECT (COUNT(*) AS ?n) { GRAPH <urn:test:notes> { ?s ?p ?o } }";
        assertEquals(401, update(insert, null).statusCode());
        assertEquals(401, update(insert, "analyst:wrong").statusCode());
        assertEquals(401, update(insert, "mallory:s3cret").statusCode());
        assertEquals("n\r\n0\r\n", csv(ask));
        HttpResponse<String> accepted = update(insert, "analyst:s3cret");
        assertTrue(accepted.statusCode() == 200 || accepted.statusCode() == 204, accepted::body);
        assertEquals("n\r\n1\r\n", csv(ask));
        assertTrue(update("DROP GRAPH <urn:test:notes>", "analyst:s3cret").statusCode() < 300);
    }

    @Test
    void graphStoreWritesNeedCredentialsAndReadsDoNot() throws Exception {
        String graph = base() + "/kg/data?graph=" + URLEncoder.encode("urn:test:gsp", StandardCharsets.UTF_8);
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(graph)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:x> <urn:test:y> <urn:test:z> ."));
        assertEquals(401, http.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        put.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(
                StandardCharsets.UTF_8)));
        assertTrue(http.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode() < 300);
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(base() + "/kg/get?graph="
                + URLEncoder.encode("urn:test:gsp", StandardCharsets.UTF_8))).header("Accept", "application/n-triples")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("<urn:test:x> <urn:test:y> <urn:test:z> .", read.body().strip());
        assertTrue(update("DROP GRAPH <urn:test:gsp>", "analyst:s3cret").statusCode() < 300);
    }

    @Test
    void theIngestEndpointNeedsCredentialsAndRefusesOversizedBodies() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base() + "/kg/ingest?id=x"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Police arrested a "
                        + "man.")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        Path store2 = dir.resolve("small-limit");
        StoreFixture.create(store2);
        try (Tdb2Store other = Tdb2Store.open(store2);
                SparqlServer small = SparqlServer.start(other, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                        .withUpdate(dir.resolve("passwd"), new StandardPipelineFactory()).withMaxIngestBytes(1000))) {
            HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + small.port() + "/kg/ingest?id=big")).header("Content-Type", "text/plain")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret"
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("x".repeat(5000))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, big.statusCode(), big::body);
        }
    }

    @Test
    void queriesRunningWhileADocumentIsWrittenNeverSeePartOfIt() throws Exception {
        Node name = NodeFactory.createURI("https://w3id.org/conflict-kg/id/doc/large");
        int[] sizes = {20_000, 35_000};
        List<DocumentGraph> versions = new ArrayList<>();
        for (int size : sizes) {
            List<Quad> quads = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                quads.add(Quad.create(name, NodeFactory.createURI("urn:test:s" + i),
                        NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString(size + "-" + i)));
            }
            versions.add(new DocumentGraph(name, quads));
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int round = 0; round < 6; round++) {
                store.replace(List.of(versions.get(round % 2)));
            }
            writing.set(false);
        });
        Set<String> seen = new TreeSet<>();
        writer.start();
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH <" + name.getURI() + "> { ?s ?p ?o } }";
        int queries = 0;
        while (writing.get() || queries < 5) {
            String n = csv(count).lines().skip(1).findFirst().orElseThrow();
            seen.add(n);
            queries++;
        }
        writer.join();
        assertTrue(Set.of("0", "20000", "35000").containsAll(seen), "a query saw part of a document: " + seen);
        assertTrue(queries > 5, "only " + queries + " queries ran");
        store.remove(name);
    }
}
