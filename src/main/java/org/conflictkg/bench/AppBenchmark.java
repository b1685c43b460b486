package org.conflictkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.conflictkg.server.AppQueries;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.Tdb2Store;

/**
 * Latency of the web application's pages: each page's SPARQL queries, filled as the page fills them for a real
 * actor, incident and document of the store, timed over HTTP (p50, p95) on the query benchmark's store. The pages
 * send their queries at once; the sum of a page's p50s is an upper bound of its wait with one query at a time.
 */
final class AppBenchmark {

    private static final String ATTACK_FILTER = "{ ?event sem:eventType <https://w3id.org/conflict-kg/event-type/"
            + "attack> } UNION { ?event sem:eventType/skos:broader <https://w3id.org/conflict-kg/event-type/attack> }";

    private AppBenchmark() {
    }

    /** One query of a page with its terms. */
    private record PageQuery(String name, Map<String, String> terms) {
    }

    static void run(BenchContext ctx) throws IOException, InterruptedException {
        QueryStore prepared = QueryStore.prepare(ctx);
        try (Tdb2Store store = Tdb2Store.open(prepared.directory())) {
            ctx.say("== App: the web application's page queries over HTTP, store of %,d quads (%s in %.0f s), %d "
                    + "timed runs per query", store.size(), prepared.reused() ? "kept, opened" : "loaded",
                    prepared.seconds(), ctx.options.runs());
            Map<String, List<PageQuery>> pages = pages(store);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            try (SparqlServer server = SparqlServer.start(store, "127.0.0.1", 0, Duration.ofSeconds(120))) {
                URI endpoint = URI.create(server.queryUrl());
                ctx.say("  %-12s %-22s %10s %10s %10s", "page", "query", "HTTP p50", "p95", "JSON KB");
                List<Double> medians = new ArrayList<>();
                for (Map.Entry<String, List<PageQuery>> page : pages.entrySet()) {
                    double total = 0;
                    for (PageQuery query : page.getValue()) {
                        String text = AppQueries.fill(query.name(), query.terms());
                        long[] bytes = {0};
                        Percentiles timed = QueryBenchmark.time(ctx, text, q -> {
                            bytes[0] = QueryBenchmark.post(http, endpoint, q);
                            return bytes[0];
                        });
                        medians.add(timed.at(0.5));
                        total += timed.at(0.5);
                        ctx.say("  %-12s %-22s %8.0f ms %7.0f ms %10.1f", page.getKey(), query.name(), timed.at(0.5),
                                timed.at(0.95), bytes[0] / 1e3);
                    }
                    ctx.say("  %-12s %-22s %8.0f ms", page.getKey(), "(sum of p50s)", total);
                }
                double[] all = medians.stream().mapToDouble(Double::doubleValue).toArray();
                Percentiles spread = new Percentiles(all);
                ctx.say("  page queries: median p50 %.0f ms, slowest p50 %.0f ms (goal: each under 300 ms)",
                        spread.at(0.5), spread.at(1.0));
            }
        } finally {
            prepared.release(ctx);
        }
    }

    /** Each page's queries, for the most active group, the latest incident and the document reporting it. */
    private static Map<String, List<PageQuery>> pages(Tdb2Store store) {
        String group = first(store, AppQueries.fill("active-groups", Map.of()), "group");
        String incident = first(store, AppQueries.fill("incidents", Map.of("filters", "", "limit", "1",
                "offset", "0")), "event");
        String document = first(store, "SELECT ?doc { <" + incident + "> <http://www.w3.org/ns/prov#wasDerivedFrom> "
                + "?doc } LIMIT 1", "doc");
        Map<String, String> page = Map.of("limit", "20", "offset", "0");
        Map<String, List<PageQuery>> pages = new LinkedHashMap<>();
        pages.put("overview", List.of(new PageQuery("counts", Map.of()), new PageQuery("active-groups", Map.of()),
                new PageQuery("filter-choices", Map.of()), new PageQuery("incidents", with(page, "filters", "")),
                new PageQuery("timeline", Map.of("filters", "")), new PageQuery("map-points", Map.of("filters", ""))));
        pages.put("filtered", List.of(new PageQuery("incidents", with(page, "filters", ATTACK_FILTER)),
                new PageQuery("timeline", Map.of("filters", ATTACK_FILTER)),
                new PageQuery("map-points", Map.of("filters", ATTACK_FILTER))));
        pages.put("search", List.of(new PageQuery("search-names", with(page, "words", "\"islamic\"")),
                new PageQuery("search-text", Map.of("words", "\"islamic\"", "limit", "10", "offset", "0"))));
        // words no document holds: a scan would read every label and text before answering nothing
        pages.put("search-miss", List.of(new PageQuery("search-names", with(page, "words", "\"zanzibar quokka\"")),
                new PageQuery("search-text", Map.of("words", "\"zanzibar quokka\"", "limit", "10", "offset", "0"))));
        String actor = "<" + group + ">";
        pages.put("actor", List.of(new PageQuery("actor-facts", Map.of("actor", actor)),
                new PageQuery("actor-incidents", with(page, "actor", actor)),
                new PageQuery("actor-companions", Map.of("actor", actor)),
                new PageQuery("actor-people", Map.of("actor", actor)),
                new PageQuery("actor-mentions", Map.of("actor", actor, "limit", "10", "offset", "0"))));
        String event = "<" + incident + ">";
        pages.put("incident", List.of(new PageQuery("incident-facts", Map.of("event", event)),
                new PageQuery("incident-roles", Map.of("event", event)),
                new PageQuery("incident-statements", Map.of("event", event)),
                new PageQuery("incident-evidence", Map.of("event", event, "limit", "10", "offset", "0")),
                new PageQuery("incident-spans", Map.of("event", event))));
        String doc = "<" + document + ">";
        pages.put("document", List.of(new PageQuery("document-facts", Map.of("doc", doc)),
                new PageQuery("document-text", Map.of("doc", doc)),
                new PageQuery("document-spans", Map.of("doc", doc)),
                new PageQuery("document-incidents", Map.of("doc", doc, "limit", "25", "offset", "0"))));
        pages.put("map", List.of(new PageQuery("filter-choices", Map.of()),
                new PageQuery("map-points", Map.of("filters", ""))));
        return pages;
    }

    private static Map<String, String> with(Map<String, String> terms, String key, String value) {
        Map<String, String> all = new LinkedHashMap<>(terms);
        all.put(key, value);
        return all;
    }

    /** The IRI of the first row's variable, run in this process. */
    private static String first(Tdb2Store store, String query, String variable) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet rows = execution.execSelect();
                if (!rows.hasNext()) {
                    throw new IllegalStateException("the store has no " + variable + " to measure a page on");
                }
                QuerySolution row = rows.next();
                return row.getResource(variable).getURI();
            }
        });
    }
}
