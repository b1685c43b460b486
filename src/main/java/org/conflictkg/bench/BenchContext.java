package org.conflictkg.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.pipeline.IngestReport;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.source.InputProblem;
import org.conflictkg.store.Tdb2Store;

/** What the benchmarks of one run share: options, output, work directory, corpus and the seed graphs. */
final class BenchContext {

    /** Document graphs made by the real pipeline that the large data sets are copied from. */
    static final int SEED_DOCUMENTS = 12;

    final BenchOptions options;
    final PrintWriter out;
    final Path work;
    final KnowledgeBase kb;
    final CorpusGenerator generator;
    private GraphCloner cloner;
    private Path seedStore;

    BenchContext(BenchOptions options, PrintWriter out, Path work) {
        this.options = options;
        this.out = out;
        this.work = work;
        this.kb = KnowledgeBase.load();
        this.generator = new CorpusGenerator(options.seed(), kb);
    }

    /** Prints a line and flushes. */
    void say(String format, Object... args) {
        out.printf(Locale.ROOT, format + "%n", args);
        out.flush();
    }

    /** Writes a corpus of this many generated documents (JSONL), once per size. */
    Path corpus(int documents) {
        Path file = work.resolve("corpus-" + documents + ".jsonl");
        if (!file.toFile().exists()) {
            generator.write(file, documents);
        }
        return file;
    }

    /** Records a store of real pipeline output that the seed graphs may be taken from. */
    void offerSeedStore(Path store) {
        if (seedStore == null) {
            seedStore = store;
        }
    }

    /** Whether seed graphs are at hand without running the pipeline. */
    boolean hasSeeds() {
        return cloner != null || seedStore != null;
    }

    /** The cloner of real document graphs, running the pipeline on a few generated documents if needed. */
    GraphCloner cloner() {
        if (cloner == null) {
            if (seedStore == null) {
                Path store = work.resolve("seed-store");
                say("  (making seed graphs: the pipeline on %d generated documents)", SEED_DOCUMENTS);
                ingest(corpus(SEED_DOCUMENTS), store, options.threads());
                seedStore = store;
            }
            try (Tdb2Store store = Tdb2Store.open(seedStore)) {
                cloner = GraphCloner.of(store);
            }
        }
        return cloner;
    }

    /** Ingests a corpus into a new store with the standard pipeline; fails when any document fails. */
    IngestReport ingest(Path corpus, Path storeDirectory, int threads) {
        try (Tdb2Store store = Tdb2Store.open(storeDirectory)) {
            Ingest ingest = new Ingest(store, new StandardPipelineFactory(), kb, Instant::now);
            return ingest.run(new Ingest.Options(List.of(corpus), Optional.empty(), threads), new Ingest.Listener() {
                @Override
                public void read(long bytes) {
                    // no progress shown
                }

                @Override
                public void failed(InputProblem problem) {
                    throw new IllegalStateException("generated document failed: " + problem.message());
                }
            });
        }
    }
}
