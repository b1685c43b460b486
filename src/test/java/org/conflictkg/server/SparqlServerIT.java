package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.conflictkg.query.NamedQueries;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    static HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml", "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values"})
    void selectResultsComeInEachFormat(String accept, String expected) throws Exception {
        HttpResponse<String> response = get(server.queryUrl() + "?query=" + URLEncoder.encode(EVENTS,
                StandardCharsets.UTF_8), accept);
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(expected),
                response.headers()::toString);
        Lang format = switch (expected) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            case "text/csv" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet results = ResultSetMgr.read(new java.io.ByteArrayInputStream(response.body().getBytes(
                StandardCharsets.UTF_8)), format);
        assertEquals("4", results.next().get("n").asLiteral().getLexicalForm());
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD",
        "application/trig, TRIG"})
    void constructResultsComeInEachGraphFormat(String accept, String lang) throws Exception {
        String construct = "CONSTRUCT { ?e a <https://w3id.org/conflict-kg/ontology#Event> } "
                + "WHERE { ?e a <https://w3id.org/conflict-kg/ontology#Event> }";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(construct)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept),
                response.headers()::toString);
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), RDFLanguages.nameToLang(lang)).parse(graph);
        assertEquals(4, graph.size());
    }

    @Test
    void theWholeDatasetIsReadableAsTrigWithOneGraphPerDocument() throws Exception {
        HttpResponse<String> response = get(base() + "/kg/get", "application/trig");
        assertEquals(200, response.statusCode(), response::body);
        DatasetGraph received = RDFParser.fromString(response.body(), Lang.TRIG).toDatasetGraph();
        assertTrue(received.containsGraph(NodeFactory.createURI("https://w3id.org/conflict-kg/id/doc/beta")));
        // the document graphs, the ontology, the knowledge base and the summary graph the store keeps
        assertTrue(received.containsGraph(NodeFactory.createURI("https://w3id.org/conflict-kg/graph/summary")));
        assertEquals(store.documentGraphs().size() + 3, Iter.count(received.listGraphNodes()));
    }

    @Test
    void theReadOnlyDatasetAdvertisesNoWriteServiceSoTheUiOffersNone() throws Exception {
        // jena-fuseki-ui reads /$/datasets/kg: with no "gsp-rw" service its "add data" and "edit" pages say
        // "No service for adding data available" instead of offering a form the server refuses.
        HttpResponse<String> described = get(base() + "/$/datasets/kg", "application/json");
        assertEquals(200, described.statusCode(), described::body);
        JsonObject dataset = JSON.parse(described.body());
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (JsonValue service : dataset.get("ds.services").getAsArray()) {
            types.add(service.getAsObject().get("srv.type").getAsString().value());
        }
        assertTrue(types.contains("query") && types.contains("gsp-r"), types::toString);
        for (String write : List.of("update", "gsp-rw", "upload", "patch")) {
            assertFalse(types.contains(write), () -> write + " advertised: " + described.body());
        }
    }

    @Test
    void theWebUiIsServedAndItsAdministrationAreaOnlyReads() throws Exception {
        HttpResponse<String> page = get(base() + "/fuseki/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Fuseki") && page.body().contains("<script"), page::body);
        HttpResponse<String> datasets = get(base() + "/fuseki/$/datasets", "application/json");
        assertEquals(200, datasets.statusCode(), datasets::body);
        assertTrue(datasets.body().contains("\"/kg\""), datasets::body);
        assertEquals("n\r\n4\r\n", get(base() + "/fuseki/kg/sparql?query=" + URLEncoder.encode(EVENTS,
                StandardCharsets.UTF_8), "text/csv").body());
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(base() + "/fuseki/$/datasets/kg"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> described = get(base() + "/$/server", "application/json");
        assertEquals(200, described.statusCode());
        assertTrue(described.body().contains("\"/kg\""), described::body);
        assertEquals(200, get(base() + "/$/datasets", "application/json").statusCode());
        for (String[] request : new String[][] {{"POST", "/$/datasets?dbName=x&dbType=mem"},
            {"DELETE", "/$/datasets/kg"}, {"POST", "/$/backup/kg"}, {"POST", "/$/compact/kg"},
            {"POST", "/$/tasks"}, {"GET", "/$/backups-list"}, {"POST", "/$/server"}}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + request[1]))
                    .method(request[0], HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode(), request[0] + " " + request[1] + ": " + response.body());
        }
        assertEquals(200, get(base() + "/$/datasets", "application/json").statusCode());
        assertEquals("n\r\n4\r\n", get(server.queryUrl() + "?query=" + URLEncoder.encode(EVENTS,
                StandardCharsets.UTF_8), "text/csv").body());
    }

    @Test
    void theWebApplicationIsServedAtTheRootWithItsLibrariesAndAPolicyAgainstInlineScript() throws Exception {
        HttpResponse<String> page = get(base() + "/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("conflict-kg") && page.body().contains("/fuseki/"), page::body);
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
        String editorPolicy = get(base() + "/fuseki/", "text/html").headers().firstValue("Content-Security-Policy")
                .orElse("");
        assertEquals("connect-src 'self'", editorPolicy, "the editor's requests stay on this server");
        for (String path : new String[] {"/js/sparql.js", "/css/app.css", "/world-110m.geojson",
            "/sparql/incidents.rq", "/webjars/leaflet/leaflet.js", "/webjars/leaflet/leaflet.css"}) {
            assertEquals(200, get(base() + path, "*/*").statusCode(), path);
        }
        for (String path : new String[] {"/webjars/leaflet/../../../../org/conflictkg/server/SparqlServer.class",
            "/webjars/leaflet/%2e%2e/leaflet/1.9.4/package.json", "/fuseki/../META-INF/MANIFEST.MF",
            "/webjars/leaflet/leaflet.js.map", "/webjars/other/x.js"}) {
            int status = get(base() + path, "*/*").statusCode();
            assertTrue(status == 400 || status == 404, path + ": " + status);
        }
    }

    @Test
    void theNamedQueriesAreListedWithTheirTextAndRunAsListed() throws Exception {
        HttpResponse<String> list = get(base() + "/queries", "application/json");
        assertEquals(200, list.statusCode(), list::body);
        JsonArray queries = JSON.parseAny(list.body()).getAsArray();
        assertEquals(NamedQueries.BUILT_IN.size(), queries.size(), list::body);
        JsonObject timeline = queries.stream().map(JsonValue::getAsObject)
                .filter(q -> q.getString("name").equals("timeline")).findFirst().orElseThrow();
        assertEquals("Timeline of events", timeline.getString("title"));
        assertEquals(NamedQueries.standard().find("timeline").orElseThrow(), timeline.getString("query"));
        assertTrue(timeline.getString("editor").startsWith("/fuseki/#/dataset/kg/query?query="));
        HttpResponse<String> results = get(base() + timeline.getString("results"), "text/csv");
        assertEquals(200, results.statusCode(), results::body);
        assertTrue(results.body().lines().count() > 1, results::body);
        HttpResponse<String> html = get(base() + "/queries", "text/html");
        assertTrue(html.body().contains("Timeline of events") && html.body().contains("Open in the query editor"));
        assertEquals(timeline.getString("query"), get(base() + "/queries/timeline", "*/*").body());
        assertEquals(404, get(base() + "/queries/no-such-query", "*/*").statusCode());
    }

    @Test
    void aServiceCallIsRefusedAndNothingIsCalled() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        other.start();
        try {
            String query = "SELECT * { SERVICE <http://127.0.0.1:" + other.getAddress().getPort() + "/sparql> "
                    + "{ ?s ?p ?o } }";
            HttpResponse<String> response = get(server.queryUrl() + "?query=" + URLEncoder.encode(query,
                    StandardCharsets.UTF_8), "application/sparql-results+json");
            assertTrue(response.statusCode() >= 400, "SERVICE answered " + response.statusCode());
            assertTrue(response.body().contains("SERVICE"), response::body);
            assertEquals(0, calls.get());
        } finally {
            other.stop(0);
        }
    }

    @Test
    void ingestIsNotOfferedByAReadOnlyServer() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/kg/ingest?id=x"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("Police arrested "
                        + "a man.")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 404 || response.statusCode() == 405, "ingest answered "
                + response.statusCode());
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base() + "/kg/get?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> ."))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "GSP PUT answered " + put.statusCode());
    }

    @Test
    void corsIsOffByDefaultAndOnForTheOriginsGiven() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                + URLEncoder.encode(EVENTS, StandardCharsets.UTF_8))).header("Origin", "http://example.org")
                .header("Accept", "text/csv");
        HttpResponse<String> off = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(off.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), off.headers()::toString);
        Path corsStore = dir.resolve("cors-store");
        StoreFixture.create(corsStore);
        try (Tdb2Store other = Tdb2Store.open(corsStore);
                SparqlServer cors = SparqlServer.start(other, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                        .withCors(List.of("http://example.org")))) {
            HttpResponse<String> on = http.send(HttpRequest.newBuilder(URI.create(cors.queryUrl() + "?query="
                    + URLEncoder.encode(EVENTS, StandardCharsets.UTF_8))).header("Origin", "http://example.org")
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("http://example.org", on.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                    on.headers()::toString);
            HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(URI.create(cors.queryUrl()
                    + "?query=" + URLEncoder.encode(EVENTS, StandardCharsets.UTF_8)))
                    .header("Origin", "http://evil.example").header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(elsewhere.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void theServerKeepsItsWorkAreaOutOfTheWorkingDirectory() {
        assertFalse(Files.exists(Path.of("run")), "Fuseki's run/ directory was created in the working directory");
        assertTrue(server.workArea().isPresent());
    }
}
