package org.conflictkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.IngestReport;

/**
 * Ingests a corpus in its own JVM while sampling the heap, and prints one line: the peak heap in use, the peak
 * heap live after a collection, documents, tokens and seconds. Run by the memory benchmark.
 */
public final class MemoryProbe {

    private MemoryProbe() {
    }

    /** Arguments: corpus file, store directory, threads. */
    public static void main(String[] args) throws InterruptedException {
        Path corpus = Path.of(args[0]);
        Path store = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        AtomicLong peakUsed = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample(pools, peakUsed, peakLive);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        BenchOptions options = new BenchOptions(java.util.Set.of(), 1, 1, 1, threads, 0, 1, java.util.Optional.empty(),
                List.of());
        BenchContext ctx = new BenchContext(options, new java.io.PrintWriter(System.err), store.getParent());
        IngestReport report = ctx.ingest(corpus, store, threads);
        sampler.interrupt();
        sampler.join();
        sample(pools, peakUsed, peakLive);
        System.out.printf(Locale.ROOT, "%d %d %d %d %.1f%n", peakUsed.get(), peakLive.get(), report.processed(),
                report.tokens(), report.seconds());
    }

    private static void sample(List<MemoryPoolMXBean> pools, AtomicLong peakUsed, AtomicLong peakLive) {
        peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        long live = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage afterGc = pool.getCollectionUsage();
            live += afterGc == null ? 0 : afterGc.getUsed();
        }
        peakLive.accumulateAndGet(live, Math::max);
    }
}
