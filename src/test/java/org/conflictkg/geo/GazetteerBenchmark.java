package org.conflictkg.geo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;

/**
 * Load time, heap and lookup speed of the packaged gazetteer; a main, not a test, so that no test depends on the
 * machine's speed. Run after {@code mvn test-compile}:
 * <pre>java -cp target/classes:target/test-classes org.conflictkg.geo.GazetteerBenchmark</pre>
 */
public final class GazetteerBenchmark {

    private GazetteerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = usedHeapAfterGc();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Gazetteer gazetteer = Gazetteer.load();
        long first = System.nanoTime() - t0;
        long firstCpu = threads.getCurrentThreadCpuTime() - cpu0;
        long after = usedHeapAfterGc();
        System.out.printf("first load (cold JVM): %d ms wall, %d ms CPU of the loading thread; %d places, "
                + "%d name keys%n", first / 1_000_000, firstCpu / 1_000_000, gazetteer.size(), gazetteer.nameCount());
        System.out.printf("heap held by the index: %.1f MB%n", (after - before) / 1e6);

        int rounds = 5;
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            Gazetteer again = Gazetteer.load();
            best = Math.min(best, System.nanoTime() - t);
            bestCpu = Math.min(bestCpu, threads.getCurrentThreadCpuTime() - c);
            if (again.size() != gazetteer.size()) {
                throw new IllegalStateException("loads differ");
            }
        }
        System.out.printf("warm load, best of %d: %d ms wall, %d ms CPU%n", rounds, best / 1_000_000,
                bestCpu / 1_000_000);

        List<String> names = List.of("Moscow", "Kerman", "Cologne", "Paris", "Tripoli", "Kabul", "Krasnogorsk",
                "Nowhere-on-earth", "Istanbul", "Lebanon");
        int n = 1_000_000;
        int hits = 0;
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            hits += gazetteer.resolve(names.get(i % names.size()), Set.of("IR", "RU")).isPresent() ? 1 : 0;
        }
        long elapsed = System.nanoTime() - t;
        System.out.printf("resolve: %.2f µs per call (%d of %d resolved)%n", elapsed / 1e3 / n, hits, n);

    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
