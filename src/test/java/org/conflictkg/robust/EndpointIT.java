package org.conflictkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.conflictkg.cli.CliRun;
import org.conflictkg.cli.ExitCodes;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.server.ServerOptions;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint against hostile or heavy use: parameter injection, the administration area, server-side paths,
 * body limits, HTML built from document text, and several clients querying while an ingest runs.
 */
class EndpointIT {

    private static final String USER = "analyst";
    private static final String PASSWORD = "s3cret-pw";
    private static final List<String> NAMED = List.of("documents", "timeline", "actors-by-type", "events-by-actor",
            "places-with-events", "claims-and-blame", "evidence");
    /**
     * Triples per graph; the summary graph is left out, since it holds counts over all documents and so changes with
     * every write (StoreSummaryTest and the crash drill check it against a rebuild).
     */
    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (?g != <https://w3id.org/conflict-kg/graph/summary>) } GROUP BY ?g";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void queryParametersCannotInjectSparql() throws Exception {
        Path store = dir.resolve("store");
        StoreFixture.create(store);
        long quads;
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            quads = opened.size();
        }
        String query = "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?d WHERE { ?d dct:title ?title }";
        for (String hostile : List.of("x\" } ; DROP ALL ; SELECT * { \"", "x' } UNION { ?d ?p ?o } #",
                "\\\" } INSERT DATA { <a:b> <a:b> <a:b> } #", "x\n} LIMIT 1")) {
            CliRun run = CliRun.kg("query", "--store", store.toString(), "--format", "csv", "-e", query, "--param",
                    "title=" + hostile);
            assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
            assertEquals("d", run.out().strip(), "the hostile value matched something: " + run);
        }
        CliRun badIri = CliRun.kg("query", "--store", store.toString(), "-e", query, "--param",
                "d=<http://x> } DROP ALL { <http://y>");
        assertEquals(ExitCodes.USAGE, badIri.exitCode(), badIri::toString);
        assertTrue(badIri.err().contains("not an absolute IRI"), badIri::toString);
        CliRun unknown = CliRun.kg("query", "--store", store.toString(), "-e", query, "--param", "nope=1");
        assertEquals(ExitCodes.USAGE, unknown.exitCode(), unknown::toString);
        try (Tdb2Store opened = Tdb2Store.open(store)) {
            assertEquals(quads, opened.size());
        }
    }

    @Test
    void theServerRefusesAdministrationPathsBodiesAndEscapesDocumentText() throws Exception {
        Path storeDir = dir.resolve("served");
        StoreFixture.create(storeDir);
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        try (Tdb2Store store = Tdb2Store.open(storeDir);
                SparqlServer server = SparqlServer.start(store, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                        .withUpdate(passwd, new StandardPipelineFactory()).withMaxIngestBytes(1024 * 1024))) {
            String base = server.baseUrl();
            for (boolean authenticated : List.of(false, true)) {
                for (String[] request : new String[][] {{"POST", "$/datasets?dbName=x&dbType=mem"},
                    {"DELETE", "$/datasets/kg"}, {"POST", "$/backup/kg"}, {"POST", "$/compact/kg"},
                    {"POST", "$/reload"}, {"POST", "$/sleep"}, {"GET", "$/backups-list"}, {"GET", "$/logs"},
                    {"POST", "$/datasets/kg?state=offline"}, {"POST", "$/./backup/kg"},
                    {"POST", "$/datasets/../backup/kg"}, {"POST", "%24/backup/kg"}, {"POST", "$//backup/kg"},
                    {"POST", "$/backup/kg;x=1"}, {"POST", "$/stats/../compact/kg"}}) {
                    int status = send(base + request[1], request[0], authenticated, null, null).statusCode();
                    assertTrue(status == 403 || status == 404 || status == 400 || status == 405,
                            request[0] + " " + request[1] + (authenticated ? " with" : " without")
                                    + " credentials answered " + status);
                }
            }
            assertEquals(401, send(base + "kg/ingest?id=x", "POST", false, "text/plain", "Some text.").statusCode());
            assertEquals(401, send(base + "kg/update", "POST", false, "application/sparql-update", "CLEAR ALL")
                    .statusCode());

            HttpResponse<String> path = send(base + "kg/ingest", "POST", true, "application/x-ndjson",
                    "{\"id\":\"p\",\"path\":\"/etc/passwd\"}\n");
            assertTrue(path.body().contains("no \\\"text\\\" string"), path.body());
            HttpResponse<String> literal = send(base + "kg/ingest?id=etc-passwd", "POST", true, "text/plain",
                    "/etc/passwd");
            assertEquals(200, literal.statusCode(), literal.body());
            String stored = csv(base, "SELECT ?t { GRAPH ?g { ?c <http://persistence.uni-leipzig.org/nlp2rdf/"
                    + "ontologies/nif-core#isString> ?t } FILTER(CONTAINS(STR(?g), 'etc-passwd')) }");
            assertFalse(stored.contains("root:"), "the server read a file of its own: " + stored);

            HttpResponse<String> big = send(HttpClient.newHttpClient(), base + "kg/ingest?id=big", "POST", true,
                    "text/plain", "word ".repeat(300_000));
            assertEquals(413, big.statusCode(), big.body());
            HttpResponse<String> future = send(base + "kg/ingest?id=f&date=3024-01-01", "POST", true, "text/plain",
                    "Some text.");
            assertEquals(400, future.statusCode(), future.body());

            String script = "<script>alert('x')</script>";
            HttpResponse<String> hostile = send(base + "kg/ingest?id=hostile&title=" + URLEncoder.encode(script,
                    StandardCharsets.UTF_8), "POST", true, "text/plain", script + " Gunmen attacked a market in "
                    + "Kano on 2 May 2024. <img src=x onerror=alert(1)>");
            assertEquals(200, hostile.statusCode(), hostile.body());
            for (String page : List.of("queries", "queries/" + URLEncoder.encode(script, StandardCharsets.UTF_8),
                    "kg/ingest?date=" + URLEncoder.encode(script, StandardCharsets.UTF_8), "nothing-here/"
                    + URLEncoder.encode(script, StandardCharsets.UTF_8), "kg/sparql?query=" + URLEncoder.encode(
                    "SELECT * { ?s ?p ?o } " + script, StandardCharsets.UTF_8))) {
                for (String method : List.of("GET", "POST")) {
                    HttpResponse<String> response = send(base + page, method, true, "text/plain", "x");
                    String type = response.headers().firstValue("Content-Type").orElse("");
                    assertFalse(type.contains("html") && (response.body().contains("<script>alert")
                            || response.body().contains("<img src=x")), method + " " + page + " rendered the "
                            + "document text as HTML: " + response.body());
                }
            }
            HttpResponse<String> results = send(base + "kg/sparql?query=" + URLEncoder.encode(
                    "SELECT ?t { ?d <http://purl.org/dc/terms/title> ?t }", StandardCharsets.UTF_8), "GET", false,
                    null, null);
            assertFalse(results.headers().firstValue("Content-Type").orElse("").contains("html"));
        }
    }

    @Test
    void queryBodiesAndResultSizesAreBounded() throws Exception {
        Path storeDir = dir.resolve("bounded");
        StoreFixture.create(storeDir);
        try (Tdb2Store store = Tdb2Store.open(storeDir);
                SparqlServer server = SparqlServer.start(store, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                        .withMaxRows(5))) {
            String base = server.baseUrl();
            HttpResponse<String> all = post(base, "SELECT * { ?s ?p ?o }", "text/csv");
            assertEquals(200, all.statusCode(), all.body());
            assertEquals(1 + 5, all.body().strip().lines().count(), all.body());
            assertEquals("5", all.headers().firstValue("X-Row-Limit").orElse(""), all.headers()::toString);
            HttpResponse<String> few = post(base, "SELECT * { ?s ?p ?o } LIMIT 3", "text/csv");
            assertEquals(1 + 3, few.body().strip().lines().count(), few.body());
            assertTrue(few.headers().firstValue("X-Row-Limit").isEmpty(), few.headers()::toString);
            HttpResponse<String> product = post(base, "CONSTRUCT { ?a ?b ?c . ?d ?e ?f } { ?a ?b ?c . ?d ?e ?f } "
                    + "LIMIT 1000000", "application/n-triples");
            assertEquals(200, product.statusCode(), product.body());
            assertTrue(product.body().strip().lines().count() <= 2 * 5, product.body());
            HttpResponse<String> ask = post(base, "ASK { ?s ?p ?o }", "application/sparql-results+json");
            assertTrue(ask.body().contains("true") && ask.headers().firstValue("X-Row-Limit").isEmpty(),
                    ask::toString);
            HttpResponse<String> count = post(base, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "text/csv");
            assertTrue(Long.parseLong(count.body().strip().lines().skip(1).findFirst().orElseThrow().strip()) > 5,
                    "the limit bounds the answer, not the data the query reads: " + count.body());

            String padded = "SELECT * { ?s ?p ?o } LIMIT 1 #" + "x".repeat(2 * 1024 * 1024);
            HttpResponse<String> body = send(HttpClient.newHttpClient(), base + "kg/sparql", "POST", false,
                    "application/sparql-query", padded);
            assertEquals(413, body.statusCode(), body.body());
            HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                    + "kg/sparql")).header("Content-Type", "application/sparql-query").POST(HttpRequest
                    .BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(padded.getBytes(
                    StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            HttpResponse<String> form = send(HttpClient.newHttpClient(), base + "kg/sparql", "POST", false,
                    "application/x-www-form-urlencoded", "query=" + URLEncoder.encode(padded,
                    StandardCharsets.UTF_8));
            assertEquals(413, form.statusCode(), form.body());
            HttpResponse<String> chunkedForm = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    base + "kg/sparql")).header("Content-Type", "application/x-www-form-urlencoded").POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(("query="
                    + URLEncoder.encode(padded, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, chunkedForm.statusCode(), chunkedForm.body());
            HttpResponse<String> fits = post(base, "SELECT * { ?s ?p ?o } LIMIT 1 #" + "x".repeat(500_000),
                    "text/csv");
            assertEquals(200, fits.statusCode(), fits.body());
        }
    }

    @Test
    void namedQueriesFromSeveralClientsWhileAnIngestRunsHaveNoErrorsAndSeeNoPartialDocument() throws Exception {
        Path storeDir = dir.resolve("load");
        StoreFixture.create(storeDir);
        Path passwd = Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        StringBuilder body = new StringBuilder();
        Random random = new Random(3);
        for (int i = 0; i < 24; i++) {
            body.append("{\"id\":\"load-").append(i).append("\",\"text\":\"").append(Corpus.document(random, i)
                    .strip()).append("\",\"date\":\"2024-06-01\"}\n");
        }
        NamedQueries named = NamedQueries.standard();
        List<String> queries = new ArrayList<>();
        NAMED.forEach(n -> queries.add(named.find(n).orElseThrow()));
        try (Tdb2Store store = Tdb2Store.open(storeDir);
                SparqlServer server = SparqlServer.start(store, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                        .withUpdate(passwd, new StandardPipelineFactory()))) {
            String base = server.baseUrl();
            ExecutorService pool = Executors.newFixedThreadPool(5);
            Future<HttpResponse<String>> ingest = pool.submit(() -> send(base + "kg/ingest", "POST", true,
                    "application/x-ndjson", body.toString()));
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            Map<String, Set<String>> seen = new ConcurrentHashMap<>();
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int i = client; System.nanoTime() < end; i++) {
                        boolean check = i % (NAMED.size() + 1) == NAMED.size();
                        String query = check ? PER_GRAPH : queries.get(i % (NAMED.size() + 1));
                        long start = System.nanoTime();
                        HttpResponse<String> response = post(base, query, "text/csv");
                        latencies.add(System.nanoTime() - start);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else if (check) {
                            response.body().lines().skip(1).map(l -> l.split(",")).filter(p -> p.length == 2)
                                    .forEach(p -> seen.computeIfAbsent(p[0], k -> ConcurrentHashMap.newKeySet())
                                            .add(p[1].strip()));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
            HttpResponse<String> ingested = ingest.get();
            pool.shutdown();
            assertEquals(200, ingested.statusCode(), ingested.body());
            assertTrue(ingested.body().contains("\"added\" : 24"), ingested.body());
            Map<String, String> whole = new HashMap<>();
            post(base, PER_GRAPH, "text/csv").body().lines().skip(1).map(l -> l.split(","))
                    .filter(p -> p.length == 2).forEach(p -> whole.put(p[0], p[1].strip()));
            Set<String> partial = new HashSet<>();
            seen.forEach((graph, counts) -> counts.stream().filter(n -> !n.equals(whole.get(graph)))
                    .forEach(n -> partial.add(graph + " " + n + " of " + whole.get(graph))));
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            String report = String.format(java.util.Locale.ROOT, "load: %d requests from 4 clients in 20 s during "
                    + "an ingest of 24 documents, %d errors, p50 %.1f ms, p99 %.1f ms, partial documents seen %d",
                    sorted.size(), errors.get(), sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6,
                    partial.size());
            System.out.println(report);
            Files.writeString(Path.of("target", "load-report.txt"), report + "\n");
            assertEquals(0, errors.get(), report);
            assertTrue(partial.isEmpty(), "partial documents seen: " + partial);
            assertTrue(sorted.size() > 50, report);
        }
    }

    private String csv(String base, String query) throws Exception {
        return post(base, query, "text/csv").body();
    }

    private HttpResponse<String> post(String base, String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "kg/sparql")).header("Accept", accept)
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(query))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String url, String method, boolean authenticated, String type, String body)
            throws Exception {
        return send(http, url, method, authenticated, type, body);
    }

    /** A request on this client (a body refused unread closes the connection, so such requests get their own). */
    private static HttpResponse<String> send(HttpClient client, String url, String method, boolean authenticated,
            String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (authenticated) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null || method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
