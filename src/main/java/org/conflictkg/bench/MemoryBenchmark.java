package org.conflictkg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Peak heap of ingesting a tenth of the documents and all of them, each in a new JVM limited to 4 GB, sampled every
 * 50 ms: the heap in use and the heap still live after a collection, which should not grow with the corpus.
 */
final class MemoryBenchmark {

    /** The heap the issue allows an ingest of 10,000 documents. */
    static final String MAX_HEAP = "-Xmx4g";

    private MemoryBenchmark() {
    }

    static void run(BenchContext ctx) throws IOException, InterruptedException {
        TreeSet<Integer> sizes = new TreeSet<>(List.of(Math.max(1, ctx.options.documents() / 10),
                ctx.options.documents()));
        ctx.say("== Memory: ingest in a new JVM (%s, %d threads), heap sampled every 50 ms", MAX_HEAP,
                ctx.options.threads());
        for (int documents : sizes) {
            Path corpus = ctx.corpus(documents);
            Path store = ctx.work.resolve("memory-store-" + documents);
            Path log = ctx.work.resolve("memory-" + documents + ".log");
            ChildJvm.Result result = ChildJvm.run(List.of(MAX_HEAP,
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"), MemoryProbe.class.getName(),
                    List.of(corpus.toString(), store.toString(), Integer.toString(ctx.options.threads())), log);
            WorkFiles.delete(store);
            if (result.exitCode() != 0) {
                throw new IllegalStateException("the memory probe for " + documents + " documents exited with "
                        + result.exitCode() + ": " + ChildJvm.lastLine(log));
            }
            String[] f = result.out().strip().split(" ");
            ctx.say("  %,6d documents (%,d tokens, %.0f s): peak heap in use %,.0f MB, peak live after GC %,.0f MB",
                    Integer.parseInt(f[2]), Long.parseLong(f[3]), Double.parseDouble(f[4]),
                    Long.parseLong(f[0]) / 1e6, Long.parseLong(f[1]) / 1e6);
        }
    }
}
