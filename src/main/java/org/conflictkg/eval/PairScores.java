package org.conflictkg.eval;

/**
 * Pairwise resolution counts over annotated pairs of mentions: of the pairs that name the same entity, how many the
 * system joined; of the pairs that name different entities, how many it joined wrongly.
 */
public final class PairScores {

    private int samePairs;
    private int sameJoined;
    private int differentPairs;
    private int differentJoined;

    /** Records a gold pair of mentions of one entity, and whether the system gave both the same entity. */
    public void same(boolean joined) {
        samePairs++;
        sameJoined += joined ? 1 : 0;
    }

    /** Records a gold pair of mentions of two entities, and whether the system wrongly gave both the same one. */
    public void different(boolean joined) {
        differentPairs++;
        differentJoined += joined ? 1 : 0;
    }

    /** Precision: right joins over all joins among the annotated pairs (1 when there are none). */
    public double precision() {
        int joined = sameJoined + differentJoined;
        return joined == 0 ? 1 : (double) sameJoined / joined;
    }

    /** Recall: same-entity pairs joined over all same-entity pairs (1 when there are none). */
    public double recall() {
        return samePairs == 0 ? 1 : (double) sameJoined / samePairs;
    }

    /** F1, the harmonic mean of precision and recall. */
    public double f1() {
        return Scores.f1(precision(), recall());
    }

    /** The gold pairs of one entity. */
    public int samePairs() {
        return samePairs;
    }

    /** The gold pairs of one entity that the system joined. */
    public int sameJoined() {
        return sameJoined;
    }

    /** The gold pairs of two entities. */
    public int differentPairs() {
        return differentPairs;
    }

    /** The gold pairs of two entities that the system joined. */
    public int differentJoined() {
        return differentJoined;
    }
}
