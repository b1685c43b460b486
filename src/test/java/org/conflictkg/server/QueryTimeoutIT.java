package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.conflictkg.store.StoreFixture;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query too expensive to finish is stopped by the timeout: the client hears so, and the server stops working. */
class QueryTimeoutIT {

    @TempDir
    Path dir;

    @Test
    void aCartesianProductIsStoppedAfterTheTimeout() throws Exception {
        StoreFixture.create(dir.resolve("store"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"));
                SparqlServer server = SparqlServer.start(store, ServerOptions.defaults().withAddress("127.0.0.1", 0)
                        .withQueryTimeout(Duration.ofSeconds(1)))) {
            long triples = store.size();
            assertTrue(triples > 1000, "the fixture store is too small for the test: " + triples);
            String product = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl()
                    + "?query=" + URLEncoder.encode(product, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(503, response.statusCode(), response::body);
            assertTrue(response.body().contains("timed out"), response::body);
            assertTrue(seconds < 15, "the timeout of 1 s took " + seconds + " s");

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Thread.sleep(500);
            long before = cpuNanos(threads);
            Thread.sleep(2000);
            double busy = (cpuNanos(threads) - before) / 1e9;
            assertTrue(busy < 1.0, "the server kept working after the timeout: " + busy + " s of CPU in 2 s");

            HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(server.queryUrl() + "?query="
                    + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8))).header("Accept", "text/csv")
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, next.statusCode());
        }
    }

    private static long cpuNanos(ThreadMXBean threads) {
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            total += Math.max(cpu, 0);
        }
        return total;
    }
}
