package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;

/**
 * Start-up: wall time of {@code kg query -e 'ASK {}'} and {@code kg export} on a small store, each a new JVM. Run
 * through {@code ./kg}, which gives its JVM options for short commands (the class-data archive, the compiler and
 * collector) in {@code $KG_SHORT_JVM_OPTIONS}, the commands are timed with those options and with none.
 */
final class StartupBenchmark {

    private static final int RUNS = 5;

    /** The environment variable in which {@code ./kg} gives its JVM options for short commands, one a line. */
    static final String OPTIONS_VARIABLE = "KG_SHORT_JVM_OPTIONS";

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
        List<String> query = List.of("query", "--store", dir.toString(), "-e", "ASK {}");
        List<String> exportArgs = List.of("export", "--store", dir.toString(), "-o", export.toString());
        List<String> launcher = launcherOptions();
        if (!launcher.isEmpty()) {
            ctx.say("  with the options of ./kg (%s):", String.join(" ", launcher));
            time(ctx, launcher, "kg query -e 'ASK {}'", query);
            time(ctx, launcher, "kg export", exportArgs);
            ctx.say("  with no JVM options:");
        }
        time(ctx, List.of(), "kg query -e 'ASK {}'", query);
        time(ctx, List.of(), "kg export", exportArgs);
        WorkFiles.delete(dir);
    }

    /** The JVM options {@code ./kg} gives a short command; none when not started by it. */
    static List<String> launcherOptions() {
        return launcherOptions(OPTIONS_VARIABLE);
    }

    /** The JVM options {@code ./kg} gives in this environment variable, one a line; none when not started by it. */
    static List<String> launcherOptions(String variable) {
        String value = System.getenv(variable);
        return value == null ? List.of() : value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void time(BenchContext ctx, List<String> jvmOptions, String label, List<String> args)
            throws IOException, InterruptedException {
        double[] seconds = new double[RUNS];
        Path log = ctx.work.resolve("startup.log");
        for (int i = 0; i < RUNS; i++) {
            ChildJvm.Result result = ChildJvm.run(jvmOptions, "org.conflictkg.cli.Kg", args, log);
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
