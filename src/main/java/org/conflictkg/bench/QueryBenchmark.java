package org.conflictkg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.query.QueryFormat;
import org.conflictkg.query.QueryRunner;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.Tdb2Store;

/**
 * Latency of each named query, p50 and p95, in this process and over HTTP through the server, on a store of
 * document graphs copied from real pipeline output. Results are read in full (JSON) and thrown away. With
 * {@code --work}, the store is kept there and reused by later runs asking for the same number of quads.
 */
final class QueryBenchmark {

    private static final int WARM_UP_RUNS = 2;
    /** A query stops being repeated after this much time (it keeps at least 3 timed runs). */
    private static final double BUDGET_SECONDS = 10;

    private QueryBenchmark() {
    }

    interface Runner {
        long run(String query) throws IOException, InterruptedException;
    }

    static void run(BenchContext ctx) throws IOException, InterruptedException {
        QueryStore prepared = QueryStore.prepare(ctx);
        try (Tdb2Store store = Tdb2Store.open(prepared.directory())) {
            ctx.say("== Query: store of %,d quads (%,d document graphs; %s in %.0f s), %d timed runs per query "
                    + "after %d warm-up runs", store.size(), store.documentGraphs().size(),
                    prepared.reused() ? "kept from an earlier run, opened" : "loaded", prepared.seconds(),
                    ctx.options.runs(), WARM_UP_RUNS);
            NamedQueries named = NamedQueries.standard();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            try (SparqlServer server = SparqlServer.start(store, "127.0.0.1", 0, Duration.ofSeconds(120))) {
                URI endpoint = URI.create(server.queryUrl());
                ctx.say("  %-26s %10s %10s %10s %10s %10s", "query", "in-proc p50", "p95", "HTTP p50", "p95",
                        "JSON KB");
                List<Double> httpMedians = new ArrayList<>();
                List<String> names = ctx.options.queryNames().isEmpty() ? named.names() : ctx.options.queryNames();
                for (String name : names) {
                    String text = named.find(name).orElseThrow(() -> new IllegalArgumentException(
                            "no query named '" + name + "'"));
                    Percentiles local = time(ctx, text, q -> {
                        QueryRunner.run(store.dataset(), q, QueryFormat.JSON, OutputStream.nullOutputStream());
                        return 0;
                    });
                    long[] bytes = {0};
                    Percentiles remote = time(ctx, text, q -> {
                        bytes[0] = post(http, endpoint, q);
                        return bytes[0];
                    });
                    httpMedians.add(remote.at(0.5));
                    ctx.say("  %-26s %8.0f ms %7.0f ms %8.0f ms %7.0f ms %10.0f%s", name, local.at(0.5),
                            local.at(0.95), remote.at(0.5), remote.at(0.95), bytes[0] / 1e3,
                            remote.count() < ctx.options.runs() ? "  (" + remote.count() + " runs)" : "");
                }
                double[] medians = httpMedians.stream().mapToDouble(Double::doubleValue).toArray();
                ctx.say("  median of the HTTP p50s: %.0f ms", new Percentiles(medians).at(0.5));
            }
        } finally {
            prepared.release(ctx);
        }
    }

    static Percentiles time(BenchContext ctx, String query, Runner runner)
            throws IOException, InterruptedException {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            runner.run(query);
        }
        List<Double> millis = new ArrayList<>();
        long start = System.nanoTime();
        while (millis.size() < ctx.options.runs()
                && (millis.size() < 3 || (System.nanoTime() - start) / 1e9 < BUDGET_SECONDS)) {
            long begin = System.nanoTime();
            runner.run(query);
            millis.add((System.nanoTime() - begin) / 1e6);
        }
        return new Percentiles(millis.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static long post(HttpClient http, URI endpoint, String query) throws IOException,
            InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(query))
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes;
        try (InputStream body = response.body()) {
            bytes = body.transferTo(OutputStream.nullOutputStream());
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + endpoint);
        }
        return bytes;
    }
}
