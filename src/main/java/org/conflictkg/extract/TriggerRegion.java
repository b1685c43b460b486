package org.conflictkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.EventExtractor.EntityMention;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Finds the part of a sentence that tells of a trigger's own event when the rest tells of another: a reaction that
 * reports it ("claimed the attack on Monday") or an event whose clause embeds it ("arrested ... after he attacked").
 */
final class TriggerRegion {

    private static final Set<String> REACTION_VERBS = Set.of("claim", "deny", "reject", "dismiss", "condemn",
            "denounce", "blame", "accuse", "investigate", "probe", "praise", "celebrate", "welcome", "mourn",
            "comment", "confirm", "report");

    private TriggerRegion() {
    }

    /**
     * The token indexes a trigger's date must come from when the trigger is reported ("claimed the attack") or
     * embedded in another event's clause ("arrested ... after he attacked"), or null when its whole sentence dates
     * it.
     */
    static Set<Integer> of(Sentence sentence, Token trigger, List<EntityMention> here) {
        Set<Integer> own = null;
        if (reported(sentence, trigger)) {
            own = new TreeSet<>(NounPhrases.nominalRegion(sentence, trigger));
            own.addAll(pastTimesOfPresentReaction(sentence, trigger));
        } else if (embedded(sentence, trigger, here)) {
            own = new TreeSet<>();
            for (Token token : sentence.tokens()) {
                if (sentence.dominates(trigger, token)) {
                    own.add(token.index());
                }
            }
        }
        return own;
    }

    /**
     * The time expressions of a reaction in the present tense ("condemns the attacks yesterday"): a statement made
     * now is not made yesterday, so they date the event it reacts to.
     */
    private static Set<Integer> pastTimesOfPresentReaction(Sentence sentence, Token trigger) {
        Token verb = trigger;
        while (verb != null && !verb.isVerb()) {
            verb = sentence.head(verb);
        }
        Set<Integer> times = new TreeSet<>();
        if (verb == null || !Set.of("VBZ", "VBP").contains(verb.pos())) {
            return times;
        }
        for (Token child : sentence.children(verb.index())) {
            if ((child.relation().startsWith("obl") || child.relation().equals("advmod"))
                    && Set.of("DATE", "TIME").contains(child.ner())) {
                sentence.tokens().stream().filter(t -> t == child || sentence.dominates(child, t))
                        .forEach(t -> times.add(t.index()));
            }
        }
        return times;
    }

    /**
     * Whether a noun trigger is what a reaction to it is about ("claimed the attack on Monday", "condemned the
     * bombing", "rejected the accusation"): the time and agent of that clause are the reaction's, not the event's.
     */
    private static boolean reported(Sentence sentence, Token trigger) {
        Token current = trigger;
        for (int steps = 0; steps < 3 && !current.isVerb(); steps++) {
            Token head = sentence.head(current);
            if (head == null || current.relation().startsWith("nsubj")) {
                return false;
            }
            current = head;
        }
        return current.isVerb() && current != trigger
                && REACTION_VERBS.contains(current.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a trigger is an argument or adverbial of another event's verb ("sentenced him on 3 May for plotting
     * an attack", "arrested on Monday after he attacked", "threatened on Thursday to attack"): that verb's time is
     * its own, not the embedded event's.
     * Coordinated verbs share their time, and light, planning and foiling verbs frame the event rather than
     * being another one (the climb goes through them: "sentenced for plotting an attack").
     */
    private static boolean embedded(Sentence sentence, Token trigger, List<EntityMention> here) {
        Token current = trigger;
        for (int steps = 0; steps < 5; steps++) {
            Token head = sentence.head(current);
            if (head == null || current.relation().equals("conj") || current.relation().startsWith("nsubj")) {
                return false;
            }
            String lemma = head.lemma().toLowerCase(Locale.ROOT);
            boolean frame = FrameVerbs.light(lemma) || FrameVerbs.planning(lemma)
                    || FrameVerbs.foiling(lemma);
            if (head.isVerb() && !frame) {
                return EventTriggers.type(sentence, head, here) != null;
            }
            current = head;
        }
        return false;
    }
}
