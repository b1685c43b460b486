package org.conflictkg.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations. */
final class Percentiles {

    private final double[] sorted;

    /** The percentiles of these values. */
    Percentiles(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        sorted = values.clone();
        Arrays.sort(sorted);
    }

    /** The value at or below which this fraction (0 to 1) of the values lie. */
    double at(double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The number of values. */
    int count() {
        return sorted.length;
    }
}
