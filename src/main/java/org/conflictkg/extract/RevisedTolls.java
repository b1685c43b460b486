package org.conflictkg.extract;

import java.util.Locale;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Tells the numbers that revise a death toll to a new total ("the death toll rose to 40", "rises up to 358", which
 * the parser reads as a clause, "raising the death toll to 20", "bringing the total to 15" after counts of the
 * dead) or give its estimate ("sources have put the death toll at 400"): such a number is the toll, not one more
 * count.
 */
final class RevisedTolls {

    /** Verbs that carry a toll to a new figure, given after "to". */
    private static final Set<String> REVISING_VERBS = Set.of("bring", "raise", "rise", "climb", "increase", "reach",
            "push", "jump", "grow", "mount", "swell", "put", "take");

    /** Verbs that give a toll's figure after "at" ("sources have put the death toll at 400"). */
    private static final Set<String> ESTIMATING_VERBS = Set.of("put", "place", "estimate", "set");

    /** Words that make a toll one of the wounded ("the injury toll"). */
    private static final Set<String> WOUNDED_TOLLS = Set.of("injury", "wounded", "injured");

    private RevisedTolls() {
    }

    /**
     * Whether a number is the figure a toll or a total is brought to; a total counts the dead only in a sentence
     * that counts the dead ({@code countsDead}), a toll unless it is one of the wounded ("the injury toll").
     */
    static boolean revisesDeaths(Sentence sentence, Token number, boolean countsDead) {
        boolean attached = number.relation().startsWith("obl") || number.relation().equals("advcl");
        String marker = sentence.caseMarker(number);
        Token verb = sentence.head(number);
        if (!attached || verb == null) {
            return false;
        }
        String verbLemma = verb.lemma().toLowerCase(Locale.ROOT);
        boolean revised = marker.equals("to") && REVISING_VERBS.contains(verbLemma)
                || marker.equals("at") && ESTIMATING_VERBS.contains(verbLemma);
        if (!revised) {
            return false;
        }
        for (Token child : sentence.children(verb.index())) {
            String lemma = child.lemma().toLowerCase(Locale.ROOT);
            boolean argument = child.relation().startsWith("nsubj") || child.relation().equals("obj");
            if (argument && lemma.equals("toll")) {
                return sentence.children(child.index()).stream().noneMatch(c -> WOUNDED_TOLLS.contains(
                        c.lemma().toLowerCase(Locale.ROOT)));
            }
            if (argument && lemma.equals("total") && countsDead) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first figure of a range a toll is given as ("put the death toll at 400-500", parsed as 500 with 400 a
     * compound): a range counts as its lower end; else the figure itself.
     */
    static int rangeStart(Sentence sentence, Token number, int count) {
        for (Token child : sentence.children(number.index())) {
            Integer start = child.relation().equals("compound") && child.pos().equals("CD")
                    ? NumberWords.number(child) : null;
            if (start != null && start < count) {
                return start;
            }
        }
        return count;
    }
}
