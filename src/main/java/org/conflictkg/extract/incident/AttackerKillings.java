package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.Span;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;

/**
 * Leaves out the killing of the attackers told as part of an attack ("the attacker was shot dead by police", "police
 * killed the gunman"): a military operation named only by a verb of shooting or killing, in the sentence of an
 * attack or the next sentence of its paragraph (or, when it names the attackers, one of the next three), is the end of
 * that attack, which GTD and ACLED code as one record (the attackers' deaths are its perpetrators killed), not an
 * operation of its own. So is the shooting of a person the document names as the perpetrator of an attack, wherever it
 * is told ("Saipov drove a truck into cyclists ... He was shot in the abdomen by a policeman"). Raids, strikes and
 * sieges stay.
 */
public final class AttackerKillings {

    private static final Set<String> ATTACKERS = Set.of("attacker", "gunman", "assailant", "bomber", "perpetrator",
            "hostage-taker", "shooter");

    private AttackerKillings() {
    }

    /** The incidents without the killings of attackers that belong to an attack. */
    public static List<Event> drop(List<Event> incidents, AnnotatedText text) {
        Set<Integer> spokenOf = StatementSubjects.of(incidents);
        Set<Integer> attackSentences = new TreeSet<>();
        for (Event e : incidents) {
            if (e.type().isAttack()) {
                e.triggers().forEach(t -> attackSentences.add(t.sentence()));
            }
        }
        Set<String> attackers = new TreeSet<>();
        for (Event e : incidents) {
            if (e.type().isAttack()) {
                attackers.addAll(e.roles().getOrDefault(Role.PERPETRATOR, Set.of()));
            }
        }
        List<Event> kept = new ArrayList<>();
        for (Event e : incidents) {
            boolean onNamedAttacker = e.roles().getOrDefault(Role.TARGET, Set.of()).stream()
                    .anyMatch(attackers::contains);
            boolean drop = e.type() == EventType.MILITARY_OPERATION && !spokenOf.contains(e.key())
                    && e.triggers().stream().allMatch(AttackerKillings::killingVerb)
                    && (onNamedAttacker || e.triggers().stream().allMatch(t -> nearAttack(t, attackSentences, text)
                            || onAttackers(t, text) && laterInParagraph(t, attackSentences, text)));
            if (!drop) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static boolean killingVerb(Span trigger) {
        String word = trigger.text().toLowerCase(Locale.ROOT);
        return word.startsWith("shot") || word.startsWith("shoot") || word.startsWith("kill")
                || word.startsWith("neutrali") || word.equals("gunned");
    }

    /** Whether a mention is in the sentence of an attack, or in the next sentence of the same paragraph. */
    private static boolean nearAttack(Span trigger, Set<Integer> attackSentences, AnnotatedText text) {
        int s = trigger.sentence();
        if (attackSentences.contains(s)) {
            return true;
        }
        return attackSentences.contains(s - 1) && s < text.sentences().size() && s > 0
                && text.sentences().get(s).paragraph() == text.sentences().get(s - 1).paragraph();
    }

    /** Whether an attack is told in one of the three sentences before a mention, in its paragraph. */
    private static boolean laterInParagraph(Span trigger, Set<Integer> attackSentences, AnnotatedText text) {
        int s = trigger.sentence();
        if (s >= text.sentences().size()) {
            return false;
        }
        int paragraph = text.sentences().get(s).paragraph();
        for (int before = s - 1; before >= Math.max(0, s - 3); before--) {
            if (text.sentences().get(before).paragraph() != paragraph) {
                return false;
            }
            if (attackSentences.contains(before)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb's object or passive subject is an attacker ("the attacker was shot dead"). */
    private static boolean onAttackers(Span trigger, AnnotatedText text) {
        if (trigger.sentence() >= text.sentences().size()) {
            return false;
        }
        Sentence sentence = text.sentences().get(trigger.sentence());
        return sentence.tokens().stream().filter(t -> t.begin() == trigger.begin()).findFirst()
                .map(verb -> sentence.children(verb.index()).stream().anyMatch(c -> (c.relation().equals("obj")
                        || c.relation().equals("nsubj:pass")) && ATTACKERS.contains(c.lemma().toLowerCase(Locale.ROOT))))
                .orElse(false);
    }
}
