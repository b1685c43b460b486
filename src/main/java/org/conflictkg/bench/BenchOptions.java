package org.conflictkg.bench;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to measure and on how much.
 *
 * @param parts the benchmarks to run
 * @param documents generated documents for the ingest benchmark (the memory benchmark also runs a tenth of them)
 * @param quads quads of the N-Quads file for the store benchmark (at least)
 * @param queryQuads quads of the store the queries run on (at least)
 * @param threads the thread count compared with one thread
 * @param seed the seed of the corpus generator
 * @param runs timed runs per query (after warm-up runs)
 * @param workDirectory where to put corpora, stores and files; a new temporary directory when empty
 * @param queryNames the named queries the query benchmark times; all of them when empty
 */
public record BenchOptions(Set<BenchOptions.Part> parts, int documents, long quads, long queryQuads, int threads,
        long seed, int runs, Optional<Path> workDirectory, List<String> queryNames) {

    /** The benchmarks, in the order they run. */
    public enum Part {
        INGEST, STORE, QUERY, APP, STARTUP, MEMORY
    }

    public BenchOptions {
        parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
        queryNames = List.copyOf(queryNames);
        if (documents < 1 || quads < 1 || queryQuads < 1 || threads < 1 || runs < 1) {
            throw new IllegalArgumentException("documents, quads, query quads, threads and runs must be positive");
        }
    }
}
