package org.conflictkg.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Time spent per stage, added up over documents and threads, in nanoseconds. */
public final class StageTimes {

    private final Map<String, AtomicLong> nanos = new LinkedHashMap<>();

    /** Times for these stage names, in order. */
    public StageTimes(List<String> names) {
        names.forEach(n -> nanos.put(n, new AtomicLong()));
    }

    /** Adds time to a stage. */
    public void add(String stage, long elapsedNanos) {
        AtomicLong total = nanos.get(stage);
        if (total == null) {
            throw new IllegalArgumentException("unknown stage " + stage);
        }
        total.addAndGet(elapsedNanos);
    }

    /** The seconds spent in each stage, in stage order. */
    public Map<String, Double> seconds() {
        Map<String, Double> result = new LinkedHashMap<>();
        nanos.forEach((name, total) -> result.put(name, total.get() / 1e9));
        return result;
    }
}
