package org.conflictkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The benchmarks of {@code kg bench}: ingest throughput against CoreNLP alone and its scaling, the store's write
 * path against Jena's bulk loaders, query latency in-process and over HTTP, the web application's page queries,
 * start-up time and ingest memory. They print figures; nothing is asserted about them.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Runs the selected benchmarks, printing their figures as they come. */
    public static void run(BenchOptions options, PrintWriter out) {
        Path work = workDirectory(options);
        BenchContext ctx = new BenchContext(options, out, work);
        Runtime rt = Runtime.getRuntime();
        ctx.say("kg bench %s on %d cores, Java %s, max heap %,d MB, %s; seed %d; work in %s",
                options.parts().stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(",")), rt.availableProcessors(),
                System.getProperty("java.version"), rt.maxMemory() / 1_000_000, LocalDate.now(), options.seed(), work);
        try {
            for (BenchOptions.Part part : options.parts()) {
                switch (part) {
                    case INGEST -> IngestBenchmark.run(ctx);
                    case STORE -> StoreBenchmark.run(ctx);
                    case QUERY -> QueryBenchmark.run(ctx);
                    case APP -> AppBenchmark.run(ctx);
                    case STARTUP -> StartupBenchmark.run(ctx);
                    case MEMORY -> MemoryBenchmark.run(ctx);
                    default -> throw new IllegalArgumentException("unknown part " + part);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("benchmark I/O failed (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } finally {
            if (options.workDirectory().isEmpty()) {
                WorkFiles.delete(work);
            }
        }
    }

    private static Path workDirectory(BenchOptions options) {
        try {
            if (options.workDirectory().isPresent()) {
                return Files.createDirectories(options.workDirectory().get().toAbsolutePath());
            }
            return Files.createTempDirectory("kg-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the work directory (" + e.getMessage() + ")", e);
        }
    }
}
