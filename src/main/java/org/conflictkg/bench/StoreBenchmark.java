package org.conflictkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.QuadsLoader;
import org.conflictkg.store.Tdb2Store;

/**
 * The store's write path against Jena's own TDB2 bulk loaders, on the same N-Quads file of document graphs copied
 * from real pipeline output, each into a new store. Both read and parse the file; the parse alone is timed too.
 */
final class StoreBenchmark {

    private StoreBenchmark() {
    }

    static void run(BenchContext ctx) {
        GraphCloner cloner = ctx.cloner();
        Path file = ctx.work.resolve("store-bench.nq");
        long quads = cloner.writeNQuads(file, ctx.options.quads());
        ctx.say("== Store: %,d quads in document graphs (%,.0f MB of N-Quads), each loaded into a new store",
                quads, WorkFiles.size(file) / 1e6);
        long start = System.nanoTime();
        long parsed = parse(file, new StreamRDFBase());
        double parseSeconds = (System.nanoTime() - start) / 1e9;
        ctx.say("  %-34s %6.1f s %,10.0f quads/s", "parse only (reference)", parseSeconds, parsed / parseSeconds);
        double ours = timeOurs(ctx, file, quads);
        double load = timeLoad(ctx, file, quads);
        for (Tdb2Store.BulkLoader kind : List.of(Tdb2Store.BulkLoader.PHASED, Tdb2Store.BulkLoader.SEQUENTIAL,
                Tdb2Store.BulkLoader.BASIC)) {
            Path dir = ctx.work.resolve("store-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            long begin = System.nanoTime();
            long loaded;
            try (Tdb2Store store = Tdb2Store.open(dir)) {
                loaded = store.bulkLoad(List.of(file), kind);
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            ctx.say("  %-34s %6.1f s %,10.0f quads/s  ours/this %.2f  kg load/this %.2f  (%,.0f MB on disk)",
                    "Jena " + kind.name().toLowerCase(java.util.Locale.ROOT) + " loader", seconds, loaded / seconds,
                    ours / (loaded / seconds), load / (loaded / seconds), WorkFiles.size(dir) / 1e6);
            WorkFiles.delete(dir);
        }
    }

    /** {@code kg load}: Jena's basic loader in one transaction that replaces graphs and keeps the summary. */
    private static double timeLoad(BenchContext ctx, Path file, long quads) {
        Path dir = ctx.work.resolve("store-kg-load");
        long begin = System.nanoTime();
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            QuadsLoader.load(store, List.of(file));
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double rate = quads / seconds;
        ctx.say("  %-34s %6.1f s %,10.0f quads/s  (%,.0f MB on disk)", "kg load (one txn, summary)", seconds, rate,
                WorkFiles.size(dir) / 1e6);
        WorkFiles.delete(dir);
        return rate;
    }

    private static double timeOurs(BenchContext ctx, Path file, long quads) {
        Path dir = ctx.work.resolve("store-ours");
        long begin = System.nanoTime();
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            List<DocumentGraph> batch = new ArrayList<>();
            int[] batchQuads = {0};
            GraphBatcher batcher = new GraphBatcher(graph -> {
                batch.add(graph);
                batchQuads[0] += graph.quads().size();
                if (batch.size() >= Ingest.BATCH_DOCUMENTS || batchQuads[0] >= Ingest.BATCH_QUADS) {
                    store.replace(batch);
                    batch.clear();
                    batchQuads[0] = 0;
                }
            });
            parse(file, batcher);
            batcher.finish();
            if (!batch.isEmpty()) {
                store.replace(batch);
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double rate = quads / seconds;
        ctx.say("  %-34s %6.1f s %,10.0f quads/s  (%,.0f MB on disk)", "ours (Tdb2Store.replace, "
                + Ingest.BATCH_DOCUMENTS + " docs/txn)", seconds, rate, WorkFiles.size(dir) / 1e6);
        WorkFiles.delete(dir);
        return rate;
    }

    private static long parse(Path file, StreamRDF sink) {
        long[] count = {0};
        RDFParser.source(file).parse(new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                count[0]++;
                super.quad(quad);
            }
        });
        return count[0];
    }

    /** Collects consecutive quads of one graph into a {@link DocumentGraph}, as the pipeline hands them over. */
    private static final class GraphBatcher extends StreamRDFBase {
        private final java.util.function.Consumer<DocumentGraph> target;
        private final List<Quad> quads = new ArrayList<>();
        private Node graph;

        GraphBatcher(java.util.function.Consumer<DocumentGraph> target) {
            this.target = target;
        }

        @Override
        public void quad(Quad quad) {
            if (graph != null && !graph.equals(quad.getGraph())) {
                target.accept(new DocumentGraph(graph, quads));
                quads.clear();
            }
            graph = quad.getGraph();
            quads.add(quad);
        }

        @Override
        public void finish() {
            if (graph != null) {
                target.accept(new DocumentGraph(graph, quads));
                quads.clear();
                graph = null;
            }
        }
    }
}
