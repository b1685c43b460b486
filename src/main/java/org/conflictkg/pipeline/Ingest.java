package org.conflictkg.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.rdf.DocumentIris;
import org.conflictkg.rdf.Provenance;
import org.conflictkg.source.Document;
import org.conflictkg.source.DocumentSource;
import org.conflictkg.source.InputProblem;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.source.SourceItem;
import org.conflictkg.store.DocumentGraph;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;

/**
 * Ingests documents into a store: reads them lazily, skips those whose graph is already current, annotates the rest
 * on several threads (a bounded number in flight, so memory stays flat whatever the corpus size), and writes the
 * finished graphs from one thread, several documents per transaction. The models load only when a document needs
 * them.
 */
public final class Ingest {

    /**
     * Documents per write transaction, at most. Large transactions are what makes TDB2 writes fast (kg bench: 16
     * documents a transaction wrote 0.4x as fast as Jena's bulk loader and took 3x the disk); the batch is held in
     * memory until written, so the quads bound below keeps it small.
     */
    public static final int BATCH_DOCUMENTS = 1_000;
    /** Quads per write transaction, at most (a batch closes when it passes this). */
    public static final int BATCH_QUADS = 100_000;
    /**
     * How long a finished document waits to be written, at most (measured when the next one finishes): when
     * annotation is the bottleneck, as it is with the CoreNLP models, a crash or a SIGKILL then loses about this much
     * annotation work instead of up to a thousand documents, and transactions stay few (one per 10 s). The crash
     * drill lowers it (system property {@code kg.ingest.batchMillis}) to have more writes to land its kills on.
     */
    public static final Duration BATCH_AGE = Duration.ofMillis(Long.getLong("kg.ingest.batchMillis", 10_000));
    /**
     * Documents in flight per annotation thread. Results are taken in order, so a window of two per thread left a
     * thread idle whenever one long document held up the oldest slot (kg bench: 1.28x on 2 cores against 1.78x for
     * CoreNLP alone); analyses are a few MB each, so a wider window costs little memory.
     */
    static final int IN_FLIGHT_PER_THREAD = 8;

    /** What to ingest and how. */
    public record Options(List<Path> inputs, Optional<PublicationDate> date, int threads) {
        public Options {
            inputs = List.copyOf(inputs);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }
    }

    /** Told of progress as the ingest goes. */
    public interface Listener {
        /** Input of this many bytes is done with: stored, skipped as unchanged, or failed. */
        void read(long bytes);

        /** An input failed. */
        void failed(InputProblem problem);
    }

    /** Builds the pipeline once, when the first document needs it; the given factory loads the models. */
    public interface PipelineFactory {
        /** The pipeline, for documents whose graphs carry this provenance. */
        Pipeline create(KnowledgeBase kb, Supplier<Instant> clock);

        /** A description of the NLP models, recorded in provenance without loading them. */
        String modelDescription();
    }

    private final Tdb2Store store;
    private final PipelineFactory factory;
    private final KnowledgeBase kb;
    private final Supplier<Instant> clock;
    private volatile boolean stopping;

    /** An ingest into this store with pipelines from this factory. */
    public Ingest(Tdb2Store store, PipelineFactory factory, KnowledgeBase kb, Supplier<Instant> clock) {
        this.store = store;
        this.factory = factory;
        this.kb = kb;
        this.clock = clock;
    }

    /**
     * Asks a running ingest to stop cleanly: no further document is read, those being annotated are finished and
     * written, and {@code run} returns its report. Documents not read are ingested by the next run.
     */
    public void stop() {
        stopping = true;
    }

    /** Whether {@link #stop} was called. */
    public boolean stopped() {
        return stopping;
    }

    /** The provenance of graphs made now by this program. */
    public static Provenance provenance(String pipelineVersion, String models, KnowledgeBase kb, Instant time) {
        return new Provenance(pipelineVersion, models, kb.contentHash(), time);
    }

    private record Pending(Document document, long bytes, boolean existed, Future<Analysis> analysis) {
    }

    private final class Run {
        final Options options;
        final Listener listener;
        final Provenance fingerprint;
        final Deque<Pending> inFlight = new ArrayDeque<>();
        final List<DocumentGraph> batch = new ArrayList<>();
        final Map<String, String> seen = new HashMap<>();
        final List<InputProblem> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        Pipeline pipeline;
        ExecutorService executor;
        int batchQuads;
        Instant batchStarted;
        int added;
        int replaced;
        int unchanged;
        long sentences;
        long tokens;
        long entities;
        long events;
        long quads;
        double modelLoadSeconds;
        long writeNanos;

        Run(Options options, Listener listener) {
            this.options = options;
            this.listener = listener;
            this.fingerprint = provenance(org.conflictkg.Version.VERSION, factory.modelDescription(), kb,
                    Instant.EPOCH);
        }

        void fail(InputProblem problem) {
            problems.add(problem);
            listener.failed(problem);
        }
    }

    /** Ingests the inputs; problems with single inputs are reported, a store failure is thrown. */
    public IngestReport run(Options options, Listener listener) {
        try (DocumentSource source = DocumentSource.of(options.inputs())) {
            return run(source, source::skipped, options, listener);
        }
    }

    /**
     * Ingests documents already read (for example received by the server), with this publication date for those
     * that carry none; problems with single documents are reported, a store failure is thrown.
     */
    public IngestReport run(Iterator<SourceItem> items, Optional<PublicationDate> date, int threads,
            Listener listener) {
        return run(items, () -> 0, new Options(List.of(), date, threads), listener);
    }

    private IngestReport run(Iterator<SourceItem> source, IntSupplier skippedFiles, Options options,
            Listener listener) {
        long start = System.nanoTime();
        store.refresh(CKG.ONTOLOGY_GRAPH, Ontology.graph(), Ontology.contentHash());
        store.refresh(CKG.KB_GRAPH, kb.graph(), kb.contentHash());
        Run run = new Run(options, listener);
        int skipped;
        try {
            while (!stopping && source.hasNext()) {
                SourceItem item = source.next();
                if (item instanceof SourceItem.Failed failed) {
                    listener.read(failed.bytes());
                    run.fail(failed.problem());
                } else if (item instanceof SourceItem.Read read) {
                    read.warnings().forEach(w -> run.warnings.add(read.document().origin() + ": " + w));
                    submit(run, read.document(), read.bytes());
                }
                while (run.inFlight.size() >= IN_FLIGHT_PER_THREAD * options.threads()) {
                    complete(run, run.inFlight.poll());
                }
            }
            while (!run.inFlight.isEmpty()) {
                complete(run, run.inFlight.poll());
            }
            flush(run);
            skipped = skippedFiles.getAsInt();
        } finally {
            if (run.executor != null) {
                run.executor.shutdownNow();
            }
        }
        Map<String, Double> stageSeconds = run.pipeline == null ? Map.of() : run.pipeline.times().seconds();
        return new IngestReport(run.added, run.replaced, run.unchanged, run.problems.size(), skipped,
                run.sentences, run.tokens, run.entities, run.events, run.quads, (System.nanoTime() - start) / 1e9,
                run.modelLoadSeconds, run.writeNanos / 1e9, new LinkedHashMap<>(stageSeconds), options.threads(),
                run.problems, run.warnings);
    }

    private void submit(Run run, Document document, long bytes) {
        String earlier = run.seen.putIfAbsent(document.id(), document.origin());
        if (earlier != null) {
            run.listener.read(bytes);
            run.fail(new InputProblem(document.origin(), "duplicate document id '" + document.id()
                    + "' (also at " + earlier + "); this one was not ingested"));
            return;
        }
        if (document.text().length() > Document.MAX_TEXT_CHARS) {
            run.listener.read(bytes);
            run.fail(new InputProblem(document.origin(), DocumentSource.tooLong(document.text().length())));
            return;
        }
        Node graph = DocumentIris.document(document.id());
        Optional<String> stored = store.contentHash(graph);
        if (stored.isPresent() && stored.get().equals(run.fingerprint.inputHash(document, run.options.date()))) {
            run.unchanged++;
            run.listener.read(bytes);
            return;
        }
        if (run.pipeline == null) {
            long load = System.nanoTime();
            run.pipeline = factory.create(kb, clock);
            run.modelLoadSeconds = (System.nanoTime() - load) / 1e9;
            run.executor = Executors.newFixedThreadPool(run.options.threads(), r -> {
                Thread thread = new Thread(r, "kg-annotate");
                thread.setDaemon(true);
                return thread;
            });
        }
        Pipeline pipeline = run.pipeline;
        Optional<PublicationDate> date = run.options.date();
        run.inFlight.add(new Pending(document, bytes, stored.isPresent(),
                run.executor.submit(() -> pipeline.run(document, date))));
    }

    private void complete(Run run, Pending pending) {
        run.listener.read(pending.bytes());
        Analysis analysis;
        try {
            analysis = pending.analysis().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            run.fail(new InputProblem(pending.document().origin(), "could not be analysed ("
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": "
                    + cause.getMessage()) + ")"));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        }
        Document document = pending.document();
        analysis.date().warnings().forEach(w -> run.warnings.add(document.origin() + ": " + w));
        if (run.batch.isEmpty()) {
            run.batchStarted = clock.get();
        }
        run.batch.add(new DocumentGraph(DocumentIris.document(document.id()), analysis.quads()));
        run.batchQuads += analysis.quads().size();
        if (pending.existed()) {
            run.replaced++;
        } else {
            run.added++;
        }
        run.sentences += analysis.text().sentences().size();
        run.tokens += analysis.text().tokenCount();
        run.entities += analysis.resolution().entities().size();
        run.events += analysis.incidents().events().size();
        run.quads += analysis.quads().size();
        if (batchDue(run.batch.size(), run.batchQuads, Duration.between(run.batchStarted, clock.get()))) {
            flush(run);
        }
    }

    /** Whether a batch of this many documents and quads, the oldest finished this long ago, is to be written now. */
    static boolean batchDue(int documents, int quads, Duration age) {
        return documents >= BATCH_DOCUMENTS || quads >= BATCH_QUADS || age.compareTo(BATCH_AGE) >= 0;
    }

    private void flush(Run run) {
        if (run.batch.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        store.replace(run.batch);
        run.writeNanos += System.nanoTime() - start;
        run.batch.clear();
        run.batchQuads = 0;
    }
}
