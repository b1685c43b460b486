package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;

/** Start-up: wall time of {@code kg query -e 'ASK {}'} and {@code kg export} on a small store, each a new JVM. */
final class StartupBenchmark {

    private static final int RUNS = 5;

    private StartupBenchmark() {
    }

    static void run(BenchContext ctx) throws IOException, InterruptedException {
        Path dir = ctx.work.resolve("startup-store");
        long quads;
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.refresh(CKG.ONTOLOGY_GRAPH, Ontology.graph(), Ontology.contentHash());
            store.refresh(CKG.KB_GRAPH, ctx.kb.graph(), ctx.kb.contentHash());
            if (ctx.hasSeeds()) {
                ctx.cloner().copyInto(store);
            }
            quads = store.size();
        }
        ctx.say("== Start-up: a new JVM per run (java -cp <this classpath> %s), store of %,d quads, %d runs",
                "org.conflictkg.cli.Kg", quads, RUNS);
        Path export = ctx.work.resolve("startup-export.ttl");
        time(ctx, "kg query -e 'ASK {}'", List.of("query", "--store", dir.toString(), "-e", "ASK {}"));
        time(ctx, "kg export", List.of("export", "--store", dir.toString(), "-o", export.toString()));
        WorkFiles.delete(dir);
    }

    private static void time(BenchContext ctx, String label, List<String> args)
            throws IOException, InterruptedException {
        double[] seconds = new double[RUNS];
        Path log = ctx.work.resolve("startup.log");
        for (int i = 0; i < RUNS; i++) {
            ChildJvm.Result result = ChildJvm.run(List.of(), "org.conflictkg.cli.Kg", args, log);
            if (result.exitCode() != 0) {
                throw new IllegalStateException(label + " exited with " + result.exitCode() + ": "
                        + ChildJvm.lastLine(log));
            }
            seconds[i] = result.seconds();
        }
        Percentiles p = new Percentiles(seconds);
        ctx.say("  %-24s median %.2f s, best %.2f s, worst %.2f s", label, p.at(0.5), p.at(0), p.at(1));
    }
}
