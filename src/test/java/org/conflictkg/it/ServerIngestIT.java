package org.conflictkg.it;

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
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.conflictkg.cli.CliRun;
import org.conflictkg.cli.ExitCodes;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.server.ServerOptions;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents sent to a running server with {@code kg ingest --server} go through the real pipeline in the server
 * process; a query then sees them, and queries running meanwhile see each document whole or not at all.
 */
class ServerIngestIT {

    private static final String GRAPH = "https://w3id.org/conflict-kg/id/doc/kano";

    @TempDir
    Path dir;

    @Test
    void aDocumentSentToTheServerIsIngestedThereAndQueriesSeeItWholeOrNotAtAll() throws Exception {
        Path storeDir = dir.resolve("store");
        StoreFixture.create(storeDir);
        Path passwd = Files.writeString(dir.resolve("passwd"), "analyst: s3cret\n");
        Path doc = Files.writeString(dir.resolve("kano.txt"), "Police in Kano arrested three men on 2 June 2023 "
                + "over a plot to bomb a market. Boko Haram claimed responsibility for an attack on a bus in "
                + "Maiduguri on 1 June 2023 that killed 12 people.");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (Tdb2Store store = Tdb2Store.open(storeDir);
                SparqlServer server = SparqlServer.start(store, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                        .withUpdate(passwd, new StandardPipelineFactory()))) {
            String url = "http://127.0.0.1:" + server.port() + "/";
            CompletableFuture<CliRun> sent = CompletableFuture.supplyAsync(() -> CliRun.kg("ingest", "--server",
                    url, "--passwd", passwd.toString(), "--date", "2023-06-03", doc.toString()));
            String count = "SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";
            Set<String> seen = new TreeSet<>();
            while (!sent.isDone()) {
                seen.add(csv(http, server, count));
            }
            CliRun run = sent.get();
            assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
            assertTrue(run.out().contains("1 added, 0 replaced, 0 unchanged, 0 failed"), run::toString);

            String whole = csv(http, server, count);
            assertTrue(Integer.parseInt(whole) > 50, "the new graph holds " + whole + " quads");
            seen.remove(whole);
            seen.remove("0");
            assertTrue(seen.isEmpty(), "queries saw part of the document: " + seen + " (whole: " + whole + ")");

            String events = csv(http, server, "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
                    + "SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH <" + GRAPH + "> { ?e a ckg:Event } }");
            assertTrue(Integer.parseInt(events) >= 2, "events of the new document: " + events);
            String documents = csv(http, server, "PREFIX ckg: <https://w3id.org/conflict-kg/ontology#> "
                    + "SELECT (COUNT(?d) AS ?n) { ?d a ckg:Document }");
            assertEquals("3", documents);

            CliRun again = CliRun.kg("ingest", "--server", url, "--passwd", passwd.toString(), "--date",
                    "2023-06-03", doc.toString());
            assertTrue(again.out().contains("0 added, 0 replaced, 1 unchanged, 0 failed"), again::toString);

            Path archive = Files.writeString(dir.resolve("archive.txt"), "Police in Kano arrested three men on "
                    + "Monday over a plot to bomb a market.");
            CliRun month = CliRun.kg("ingest", "--server", url, "--passwd", passwd.toString(), "--date", "2023-06",
                    archive.toString());
            assertEquals(ExitCodes.OK, month.exitCode(), month::toString);
            assertEquals("http://www.w3.org/2001/XMLSchema#gYearMonth,2023-06", csv(http, server,
                    "SELECT (DATATYPE(?d) AS ?type) (STR(?d) AS ?value) { GRAPH ?g { ?doc "
                    + "<http://purl.org/dc/terms/issued> ?d } FILTER (STRENDS(STR(?g), '/doc/archive')) }"));
            HttpResponse<String> impossible = http.send(HttpRequest.newBuilder(URI.create(url
                    + "kg/ingest?id=x&date=2023-13")).header("Content-Type", "text/plain")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:s3cret"
                            .getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("Some text.")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, impossible.statusCode(), impossible::body);
            assertTrue(impossible.body().contains("invalid date '2023-13' (expected YYYY-MM-DD, YYYY-MM or YYYY)"),
                    impossible::body);

            Path wrong = Files.writeString(dir.resolve("wrong"), "analyst: nope\n");
            CliRun refused = CliRun.kg("ingest", "--server", url, "--passwd", wrong.toString(), doc.toString());
            assertEquals(ExitCodes.SERVER, refused.exitCode(), refused::toString);
            assertTrue(refused.err().contains("refused the credentials"), refused::toString);
            assertFalse(refused.err().contains("\tat "), refused::toString);
        }
    }

    private static String csv(HttpClient http, SparqlServer server, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response.body().lines().skip(1).findFirst().orElseThrow().strip();
    }
}
