package org.conflictkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conflictkg.bench.BenchOptions;
import org.conflictkg.bench.Benchmarks;
import org.conflictkg.query.NamedQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg bench}: measures ingest, the store, queries, start-up and memory on generated data. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on a generated corpus: ingest against CoreNLP alone (1 thread and --threads), "
                + "the store's write path against Jena's bulk loaders, named-query latency in-process and over "
                + "HTTP, the web application's page queries over HTTP, start-up of kg query and kg export, and "
                + "ingest memory. Prints figures; asserts nothing.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Parts to run: ingest, store, query, app, startup, memory (default: all).")
    private List<String> only;

    @Option(names = "--documents", paramLabel = "N", description = "Generated documents to ingest (the memory "
            + "part also runs a tenth of them; default ${DEFAULT-VALUE}).")
    private int documents = 200;

    @Option(names = "--quads", paramLabel = "N",
            description = "Quads of the N-Quads file the store part loads (default ${DEFAULT-VALUE}).")
    private long quads = 1_000_000;

    @Option(names = "--query-quads", paramLabel = "N",
            description = "Quads of the store the query part runs on (default ${DEFAULT-VALUE}).")
    private long queryQuads = 1_000_000;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads compared with one thread (default: the number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs per query (default ${DEFAULT-VALUE}).")
    private int runs = 20;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the corpus generator (default ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Option(names = "--query", paramLabel = "NAME", description = "A named query for the query part to time "
            + "(repeatable; default: all of them).")
    private List<String> queryNames = new ArrayList<>();

    @Option(names = "--work", paramLabel = "DIR",
            description = "Keep corpora, files and the query store here, and reuse them in later runs (default: a "
                    + "temporary directory, deleted at the end).")
    private Path work;

    @Override
    public Integer call() {
        Set<BenchOptions.Part> parts = EnumSet.allOf(BenchOptions.Part.class);
        if (only != null) {
            parts = EnumSet.noneOf(BenchOptions.Part.class);
            for (String name : only) {
                try {
                    parts.add(BenchOptions.Part.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new UserInputException("unknown part '" + name + "' for --only (use ingest, store, query, "
                            + "app, startup, memory)");
                }
            }
        }
        NamedQueries named = NamedQueries.standard();
        for (String name : queryNames) {
            if (named.find(name).isEmpty()) {
                throw new UserInputException("no query named '" + name + "' for --query (available: "
                        + String.join(", ", named.names()) + ")");
            }
        }
        BenchOptions options;
        try {
            options = new BenchOptions(parts, documents, quads, queryQuads, threads, seed, runs,
                    Optional.ofNullable(work), queryNames);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        Benchmarks.run(options, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
