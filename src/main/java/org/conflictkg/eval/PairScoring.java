package org.conflictkg.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conflictkg.extract.Mention;
import org.conflictkg.resolve.Resolution;

/**
 * Scores the gold resolution pairs (docs/gold-format.md) against the entities the system gave each document: a pair
 * is joined when both mentions were found and resolved to the same IRI. IRIs are global, so a pair across two
 * documents is joined when both documents put their mention on the same node.
 */
public final class PairScoring {

    private PairScoring() {
    }

    /** A document's text and the entities the system resolved in it. */
    public record Resolved(String text, Resolution resolution) {
    }

    /** Checks that every mention of every pair can be found in its document; the problem otherwise. */
    public static Optional<String> check(List<GoldDocument> gold) {
        Map<String, String> texts = new java.util.HashMap<>();
        gold.forEach(d -> texts.put(d.id(), d.text()));
        for (GoldDocument doc : gold) {
            for (List<GoldDocument.MentionPair> pairs : List.of(doc.same(), doc.different())) {
                for (GoldDocument.MentionPair pair : pairs) {
                    for (GoldDocument.MentionRef ref : List.of(pair.first(), pair.second())) {
                        String text = texts.get(ref.document());
                        if (text == null) {
                            return Optional.of(doc.id() + ": pair names an unknown document: " + ref);
                        }
                        if (locate(text, ref) < 0) {
                            return Optional.of(doc.id() + ": pair mention not in its text as a word: " + ref);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Scores every pair of the gold documents, adding a line to {@code differences} for each wrong one. */
    public static PairScores score(List<GoldDocument> gold, Map<String, Resolved> byDocument,
            List<String> differences) {
        PairScores scores = new PairScores();
        for (GoldDocument doc : gold) {
            for (GoldDocument.MentionPair pair : doc.same()) {
                Optional<String> first = entityOf(pair.first(), byDocument);
                Optional<String> second = entityOf(pair.second(), byDocument);
                boolean joined = first.isPresent() && first.equals(second);
                scores.same(joined);
                if (!joined) {
                    differences.add(doc.id() + ": not joined: " + pair.first() + " " + first.orElse("(none)")
                            + " / " + pair.second() + " " + second.orElse("(none)"));
                }
            }
            for (GoldDocument.MentionPair pair : doc.different()) {
                Optional<String> first = entityOf(pair.first(), byDocument);
                boolean joined = first.isPresent() && first.equals(entityOf(pair.second(), byDocument));
                scores.different(joined);
                if (joined) {
                    differences.add(doc.id() + ": wrongly joined: " + pair.first() + " / " + pair.second() + " as "
                            + first.get());
                }
            }
        }
        return scores;
    }

    /**
     * The IRI of the entity the system gave the mention that best covers a gold mention, if any; of mentions that
     * cover it equally, the first in the text (the shortest of those starting together), whatever the map's order.
     */
    static Optional<String> entityOf(GoldDocument.MentionRef ref, Map<String, Resolved> byDocument) {
        Resolved resolved = byDocument.get(ref.document());
        if (resolved == null) {
            return Optional.empty();
        }
        int begin = locate(resolved.text(), ref);
        if (begin < 0) {
            return Optional.empty();
        }
        int end = begin + ref.text().length();
        Mention best = null;
        int bestOverlap = 0;
        for (Mention m : resolved.resolution().byMention().keySet()) {
            int overlap = Math.min(end, m.end()) - Math.max(begin, m.begin());
            boolean tieFirst = overlap == bestOverlap && best != null && (m.begin() < best.begin()
                    || m.begin() == best.begin() && m.end() < best.end());
            if (overlap > bestOverlap || overlap > 0 && tieFirst) {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best == null ? Optional.empty() : Optional.of(resolved.resolution().byMention().get(best));
    }

    /** The offset of the reference's occurrence of its text as a whole word, or -1. */
    static int locate(String text, GoldDocument.MentionRef ref) {
        int seen = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf(ref.text(), from);
            if (at < 0) {
                return -1;
            }
            int after = at + ref.text().length();
            boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (after == text.length() || !Character.isLetterOrDigit(text.charAt(after)));
            if (word && ++seen == ref.occurrence()) {
                return at;
            }
            from = at + 1;
        }
    }
}
