package org.conflictkg.extract;

import java.util.Locale;
import java.util.Set;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Tells the numbers that revise a death toll to a new total ("the death toll rose to 40", "rises up to 358", which
 * the parser reads as a clause, "raising the death toll to 20", "bringing the total to 15" after counts of the
 * dead): such a number is the toll, not one more count.
 */
final class RevisedTolls {

    /** Verbs that carry a toll to a new figure, given after "to". */
    private static final Set<String> REVISING_VERBS = Set.of("bring", "raise", "rise", "climb", "increase", "reach",
            "push", "jump", "grow", "mount", "swell", "put", "take");

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
        if (!attached || !sentence.caseMarker(number).equals("to")) {
            return false;
        }
        Token verb = sentence.head(number);
        if (verb == null || !REVISING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
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
}
