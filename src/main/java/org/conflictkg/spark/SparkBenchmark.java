package org.conflictkg.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.conflictkg.bench.CorpusGenerator;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.pipeline.IngestReport;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.quads.QuadFiles;
import org.conflictkg.source.DocumentJson;
import org.conflictkg.source.InputProblem;
import org.conflictkg.store.QuadsLoader;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./kg-spark bench}: on one generated corpus (JSONL files of {@link #DOCUMENTS_PER_FILE} documents), in one
 * JVM with the models loaded and warm: {@code kg ingest} at the given threads, the Spark job in {@code local[1]} and
 * {@code local[threads]}, and {@code kg load} of the job's N-Quads against Jena's basic bulk loader on the same
 * files. Prints figures; asserts nothing.
 */
@Command(name = "kg-spark bench", mixinStandardHelpOptions = true,
        description = "Spark job vs kg ingest, local[1] vs local[N], kg load vs Jena's loader; prints figures.")
public final class SparkBenchmark implements Runnable {

    /** Documents per generated JSONL file (a file is read by one task, so files are the unit of parallelism). */
    static final int DOCUMENTS_PER_FILE = 25;

    @Option(names = "--documents", paramLabel = "N", description = "Generated documents (default ${DEFAULT-VALUE}).")
    private int documents = 2_000;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads of kg ingest and cores of the larger local master (default ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus (default ${DEFAULT-VALUE}).")
    private long seed = 42;

    @Option(names = "--work", paramLabel = "DIR", description = "Work directory (default: a temporary one).")
    private Path work;

    private final PrintStream out = System.out;

    /** Runs the benchmark with these arguments. */
    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.util.JenaXMLInput", "off");
        System.exit(new CommandLine(new SparkBenchmark()).execute(args));
    }

    @Override
    public void run() {
        try {
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("kg-spark-bench-");
            Path corpus = corpus(dir.resolve("corpus"));
            say("== Spark: %,d generated documents in %d JSONL files; %d threads/cores; models loaded once, warm",
                    documents, (documents + DOCUMENTS_PER_FILE - 1) / DOCUMENTS_PER_FILE, threads);
            long load = System.nanoTime();
            ExecutorPipeline.get();
            say("  model load %.1f s; warm-up: kg ingest of %d documents", (System.nanoTime() - load) / 1e9,
                    DOCUMENTS_PER_FILE);
            try (Stream<Path> files = Files.list(corpus)) {
                ingest(files.sorted().findFirst().orElseThrow(), dir.resolve("warm-up"));
            }
            IngestReport ingest = ingest(corpus, dir.resolve("ingest-store"));
            double ingestSeconds = ingest.seconds() - ingest.modelLoadSeconds();
            say("  kg ingest, %d threads:       %7.1f s %8.2f docs/s %,8.0f tokens/s (%,d documents, %,d quads)",
                    threads, ingestSeconds, ingest.processed() / ingestSeconds, ingest.tokens() / ingestSeconds,
                    ingest.processed(), ingest.quads());
            SparkIngestJob.Summary one = spark(corpus, dir.resolve("spark-1"), 1);
            SparkIngestJob.Summary many = spark(corpus, dir.resolve("spark-" + threads), threads);
            say("  local[%d] / local[1]: %.2fx", threads, (many.tokens() / many.seconds())
                    / (one.tokens() / one.seconds()));
            double loadSeconds = loaders(dir.resolve("spark-" + threads).resolve(SparkIngestJob.NQ), dir);
            say("  Spark local[%d] / kg ingest %d threads: %.2f (job alone), %.2f (job + kg load)", threads,
                    threads, ingestSeconds / many.seconds(), ingestSeconds / (many.seconds() + loadSeconds));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        CorpusGenerator generator = new CorpusGenerator(seed, ExecutorPipeline.knowledgeBase());
        for (int file = 0; file * DOCUMENTS_PER_FILE < documents; file++) {
            Path path = dir.resolve(String.format(Locale.ROOT, "corpus-%05d.jsonl", file));
            try (BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                for (int i = file * DOCUMENTS_PER_FILE; i < Math.min(documents, (file + 1) * DOCUMENTS_PER_FILE);
                        i++) {
                    w.write(DocumentJson.toLine(generator.document(i)));
                    w.write('\n');
                }
            }
        }
        return dir;
    }

    private IngestReport ingest(Path input, Path storeDir) {
        KnowledgeBase kb = ExecutorPipeline.knowledgeBase();
        try (Tdb2Store store = Tdb2Store.open(storeDir)) {
            return new Ingest(store, new StandardPipelineFactory(), kb, Instant::now).run(new Ingest.Options(
                    List.of(input), Optional.empty(), threads), new Ingest.Listener() {
                        @Override
                        public void read(long bytes) {
                            // no progress shown
                        }

                        @Override
                        public void failed(InputProblem problem) {
                            throw new IllegalStateException("generated document failed: " + problem.message());
                        }
                    });
        } finally {
            delete(storeDir);
        }
    }

    private SparkIngestJob.Summary spark(Path corpus, Path out, int cores) {
        SparkSession spark = SparkSession.builder().appName("conflict-kg bench").master("local[" + cores + "]")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                .getOrCreate();
        SparkIngestJob.Summary summary;
        try {
            summary = SparkIngestJob.run(spark, new SparkIngestJob.Options(List.of(corpus.toString()),
                    out.toString(), null, cores * 4));
        } finally {
            spark.stop();
        }
        say("  Spark local[%d]:             %7.1f s %8.2f docs/s %,8.0f tokens/s (%,d added, %,d failed, %,d quads)",
                cores, summary.seconds(), summary.added() / summary.seconds(), summary.tokens() / summary.seconds(),
                summary.added(), summary.failed(), summary.quads());
        return summary;
    }

    /** Times kg load and Jena's basic loader on the job's files; returns kg load's best seconds. */
    private double loaders(Path nq, Path dir) {
        List<Path> files = QuadFiles.of(List.of(nq));
        long bytes = files.stream().mapToLong(f -> f.toFile().length()).sum();
        say("  loaders on the job's N-Quads (%d gzip files, %,.1f MB), each into a new store, best of 2:",
                files.size(), bytes / 1e6);
        double ours = Double.MAX_VALUE;
        double jena = Double.MAX_VALUE;
        long quads = 0;
        for (int round = 0; round < 2; round++) {
            Path store = dir.resolve("load-ours");
            long start = System.nanoTime();
            try (Tdb2Store s = Tdb2Store.open(store)) {
                quads = QuadsLoader.load(s, files).quads();
            }
            ours = Math.min(ours, (System.nanoTime() - start) / 1e9);
            delete(store);
            store = dir.resolve("load-jena");
            start = System.nanoTime();
            try (Tdb2Store s = Tdb2Store.open(store)) {
                s.bulkLoad(files, Tdb2Store.BulkLoader.BASIC);
            }
            jena = Math.min(jena, (System.nanoTime() - start) / 1e9);
            delete(store);
        }
        say("  kg load (one txn, graphs replaced, summary):   %6.1f s %,10.0f quads/s", ours, quads / ours);
        say("  Jena basic loader (+ summary rebuild):          %6.1f s %,10.0f quads/s", jena, quads / jena);
        say("  kg load / Jena basic loader: %.2f", jena / ours);
        return ours;
    }

    private void say(String format, Object... args) {
        out.printf(Locale.ROOT, format + "%n", args);
        out.flush();
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
