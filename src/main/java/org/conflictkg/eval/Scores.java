package org.conflictkg.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts for precision and recall, and per-slot accuracy.
 *
 * @param name what is counted
 */
public record Scores(String name, int[] counts, Map<String, int[]> slots) {

    /** Empty counts for this name. */
    public static Scores of(String name) {
        return new Scores(name, new int[3], new LinkedHashMap<>());
    }

    /** Adds true positives, system items and gold items. */
    public void add(int truePositives, int system, int gold) {
        counts[0] += truePositives;
        counts[1] += system;
        counts[2] += gold;
    }

    /** Records whether a slot was right on one aligned pair. */
    public void slot(String slot, boolean right) {
        int[] c = slots.computeIfAbsent(slot, s -> new int[2]);
        c[0] += right ? 1 : 0;
        c[1]++;
    }

    /** Precision: true positives over system items (1 when there are none). */
    public double precision() {
        return counts[1] == 0 ? 1 : (double) counts[0] / counts[1];
    }

    /** Recall: true positives over gold items (1 when there are none). */
    public double recall() {
        return counts[2] == 0 ? 1 : (double) counts[0] / counts[2];
    }

    /** F1, the harmonic mean of precision and recall. */
    public double f1() {
        return f1(precision(), recall());
    }

    /** The harmonic mean of a precision and a recall (0 when both are 0). */
    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The accuracy of a slot over the pairs it was checked on. */
    public double accuracy(String slot) {
        int[] c = slots.get(slot);
        return c == null || c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    /** The true positives, system and gold counts. */
    public int[] counts() {
        return counts.clone();
    }
}
