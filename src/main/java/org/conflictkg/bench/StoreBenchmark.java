package org.conflictkg.bench;

import java.io.IOException;
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
 * Then {@code kg load} and Jena's own loader command, each as a new JVM, as a user runs them.
 */
final class StoreBenchmark {

    /** The environment variable in which {@code ./kg} gives the JVM options of {@code kg load}, one a line. */
    static final String LOAD_OPTIONS_VARIABLE = "KG_LOAD_JVM_OPTIONS";
    /** Rounds of the two commands, run alternately. */
    private static final int COMMAND_ROUNDS = 3;

    private StoreBenchmark() {
    }

    static void run(BenchContext ctx) throws IOException, InterruptedException {
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
        timeCommands(ctx, file);
    }

    /**
     * {@code kg load} and Jena's own command {@code tdb2.tdbloader --loader=phased} as a user runs them: a new JVM and
     * a new store each run, in alternating rounds, {@code kg load} with the JVM options {@code ./kg} gives it (in
     * {@code $KG_LOAD_JVM_OPTIONS}; none when the bench was not started by {@code ./kg}), Jena's command with the
     * JVM's defaults. Wall time from start to exit, so start-up and, for {@code kg load}, the reference graphs, the
     * summary, the text index and the census count too.
     */
    private static void timeCommands(BenchContext ctx, Path file) throws IOException, InterruptedException {
        List<String> options = StartupBenchmark.launcherOptions(LOAD_OPTIONS_VARIABLE);
        ctx.say("== Store as commands: a new JVM and a new store per run, %d alternating rounds; kg load with %s",
                COMMAND_ROUNDS, options.isEmpty() ? "no JVM options (not started by ./kg)"
                        : "the options of ./kg (" + String.join(" ", options) + ")");
        double[] ours = new double[COMMAND_ROUNDS];
        double[] phased = new double[COMMAND_ROUNDS];
        Path dir = ctx.work.resolve("store-command");
        Path log = ctx.work.resolve("store-command.log");
        for (int i = 0; i < COMMAND_ROUNDS; i++) {
            ours[i] = command(options, "org.conflictkg.cli.Kg", List.of("load", "--store", dir.toString(),
                    file.toString()), log, dir);
            phased[i] = command(List.of(), "tdb2.tdbloader", List.of("--loader=phased", "--loc", dir.toString(),
                    file.toString()), log, dir);
        }
        Percentiles kg = new Percentiles(ours);
        Percentiles jena = new Percentiles(phased);
        ctx.say("  %-34s median %6.1f s, best %.1f s, worst %.1f s", "./kg load", kg.at(0.5), kg.at(0), kg.at(1));
        ctx.say("  %-34s median %6.1f s, best %.1f s, worst %.1f s  kg load/this %.2f",
                "tdb2.tdbloader --loader=phased", jena.at(0.5), jena.at(0), jena.at(1), jena.at(0.5) / kg.at(0.5));
    }

    /** Wall time of one command in a new JVM on a new store, which it then deletes. */
    private static double command(List<String> jvmOptions, String mainClass, List<String> args, Path log, Path dir)
            throws IOException, InterruptedException {
        WorkFiles.delete(dir);
        ChildJvm.Result result = ChildJvm.run(jvmOptions, mainClass, args, log);
        WorkFiles.delete(dir);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(mainClass + " " + String.join(" ", args) + " exited with "
                    + result.exitCode() + ": " + ChildJvm.lastLine(log));
        }
        return result.seconds();
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
