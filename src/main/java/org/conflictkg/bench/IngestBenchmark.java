package org.conflictkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conflictkg.nlp.corenlp.CoreNlpAnnotator;
import org.conflictkg.pipeline.IngestReport;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.source.Document;
import org.conflictkg.source.PublicationDate;

/**
 * Ingest throughput against its limit: CoreNLP alone, with the pipeline's own annotators and models, on the same
 * documents and threads, versus the full ingest into a new store; at one thread and at the given thread count.
 */
final class IngestBenchmark {

    private static final int WARM_UP_DOCUMENTS = 10;
    /** Each measurement is repeated, alternating CoreNLP alone and the full ingest; the fastest run counts. */
    private static final int ROUNDS = 2;

    private IngestBenchmark() {
    }

    /** The tokens per second of the two runs at one thread count. */
    record Row(int threads, long bareTokens, double bareSeconds, long fullTokens, double fullSeconds) {
        double bareRate() {
            return bareTokens / bareSeconds;
        }

        double fullRate() {
            return fullTokens / fullSeconds;
        }
    }

    static void run(BenchContext ctx) {
        int n = ctx.options.documents();
        List<Document> documents = ctx.generator.documents(n);
        Path corpus = ctx.corpus(n);
        ctx.say("== Ingest: %d generated documents, CoreNLP alone (%s) vs the full ingest into a new store; "
                + "best of %d alternating rounds", n, CoreNlpAnnotator.ANNOTATORS, ROUNDS);
        long load = System.nanoTime();
        CoreNlpAnnotator annotator = StandardPipelineFactory.annotator();
        ctx.say("  model load %.1f s; warm-up on %d documents", (System.nanoTime() - load) / 1e9,
                Math.min(WARM_UP_DOCUMENTS, n));
        int warm = Math.min(WARM_UP_DOCUMENTS, n);
        bare(annotator, documents.subList(0, warm), 1);
        ctx.ingest(ctx.corpus(warm), ctx.work.resolve("ingest-warm-up"), 1);
        WorkFiles.delete(ctx.work.resolve("ingest-warm-up"));
        List<Integer> threadCounts = ctx.options.threads() == 1 ? List.of(1) : List.of(1, ctx.options.threads());
        List<Row> rows = new ArrayList<>();
        IngestReport last = null;
        for (int threads : threadCounts) {
            long bareTokens = 0;
            double bareSeconds = Double.MAX_VALUE;
            IngestReport report = null;
            Path store = ctx.work.resolve("ingest-" + threads);
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                bareTokens = bare(annotator, documents, threads);
                bareSeconds = Math.min(bareSeconds, (System.nanoTime() - start) / 1e9);
                WorkFiles.delete(store);
                IngestReport run = ctx.ingest(corpus, store, threads);
                if (report == null || seconds(run) < seconds(report)) {
                    report = run;
                }
            }
            Row row = new Row(threads, bareTokens, bareSeconds, report.tokens(), seconds(report));
            rows.add(row);
            ctx.say("  %d thread(s): CoreNLP alone %,.0f tokens/s (%.1f s), full ingest %,.0f tokens/s (%.1f s, "
                    + "%,d quads): full/alone %.2f", threads, row.bareRate(), row.bareSeconds(), row.fullRate(),
                    row.fullSeconds(), report.quads(), row.fullRate() / row.bareRate());
            if (last == null) {
                ctx.offerSeedStore(store);
            } else {
                WorkFiles.delete(store);
            }
            last = report;
        }
        if (rows.size() == 2) {
            ctx.say("  scaling %d threads / 1 thread: CoreNLP alone %.2fx, full ingest %.2fx", rows.get(1).threads(),
                    rows.get(1).bareRate() / rows.get(0).bareRate(), rows.get(1).fullRate() / rows.get(0).fullRate());
        }
        printProfile(ctx, last);
    }

    private static double seconds(IngestReport report) {
        return report.seconds() - report.modelLoadSeconds();
    }

    private static void printProfile(BenchContext ctx, IngestReport report) {
        double stages = report.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Double> e : report.stageSeconds().entrySet()) {
            line.append(line.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%s %.1f%%",
                    e.getKey(), 100 * e.getValue() / stages));
        }
        ctx.say("  profile of the last full ingest (stage time added over %d threads): %s; store write %.2f s of "
                + "%.1f s wall", report.threads(), line, report.writeSeconds(), report.seconds());
    }

    /** Annotates the documents with CoreNLP alone on this many threads; returns the tokens. */
    static long bare(CoreNlpAnnotator annotator, List<Document> documents, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Document d : documents) {
                results.add(pool.submit(() -> annotator.annotateBare(d.text(),
                        d.date().flatMap(PublicationDate::day))));
            }
            long tokens = 0;
            for (Future<Integer> f : results) {
                tokens += f.get();
            }
            return tokens;
        } catch (ExecutionException e) {
            throw new IllegalStateException("CoreNLP failed on a generated document: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
