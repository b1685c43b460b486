package org.conflictkg.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Incident-level scores, as analysts judge a coded record: program events matched one to one with gold incidents by
 * kind and by date or place (or trigger), precision and recall of that match, the accuracy of each slot over the
 * matched pairs, how many events the program made per gold incident, and whether the main incident was found.
 */
public final class IncidentScores {

    /** The slots whose accuracy is reported over matched incidents. */
    public static final List<String> SLOTS = List.of("date", "place", "country", "killed", "wounded",
            "perpetrator-or-claimant", "attack-type", "modality");

    private final Scores counts = Scores.of("incidents");
    private int mainRight;
    private int mainGold;
    private int mainFound;

    /** Adds matched, program and gold counts of one document. */
    void add(int matched, int system, int gold) {
        counts.add(matched, system, gold);
    }

    /** Records whether a slot was right on one matched pair. */
    void slot(String slot, boolean right) {
        counts.slot(slot, right);
    }

    /** Records the main incident of one document: whether gold has one, the program has one, and they match. */
    void main(boolean inGold, boolean found, boolean right) {
        mainGold += inGold ? 1 : 0;
        mainFound += found ? 1 : 0;
        mainRight += right ? 1 : 0;
    }

    /** Precision, recall and F1 of incidents, with the counts. */
    public Scores scores() {
        return counts;
    }

    /** Program events per gold incident. */
    public double perGold() {
        int[] c = counts.counts();
        return c[2] == 0 ? 0 : (double) c[1] / c[2];
    }

    /** Accuracy of each slot over the matched incidents, in {@link #SLOTS} order. */
    public Map<String, Double> slotAccuracy() {
        Map<String, Double> result = new LinkedHashMap<>();
        SLOTS.forEach(s -> result.put(s, counts.accuracy(s)));
        return result;
    }

    /** How many matched pairs a slot was checked on. */
    public int checked(String slot) {
        return counts.slots().getOrDefault(slot, new int[2])[1];
    }

    /** Documents whose gold main incident the program chose as its main incident. */
    public int mainRight() {
        return mainRight;
    }

    /** Documents whose gold marks a main incident. */
    public int mainGold() {
        return mainGold;
    }

    /** Documents for which the program chose a main incident. */
    public int mainFound() {
        return mainFound;
    }
}
