package org.conflictkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/** Joins the drafts of one sentence that name one event ("plotting an attack", "shot and killed"). */
final class SentenceMerger {

    /** Case markers that put an event before or after the one they hang on ("killed by police after an attack"). */
    private static final Set<String> SEQUENCE_MARKERS = Set.of("after", "before", "following");

    private SentenceMerger() {
    }

    /**
     * Joins the drafts of one sentence that name one event: an attack that a plot trigger or a planning verb
     * governs is that plot ("plotting an attack on a synagogue", "planning an assault", "a plot to bomb a
     * church"); a trigger that modifies another as a compound names the same attack, the kind it gives ("two suicide
     * bombing attacks"); attack triggers linked by coordination or an adverbial clause ("shot and killed") are one
     * attack, and so is an attack noun that a violent verb governs ("killed in an attack"), unless it is told as
     * before or after it ("killed by police after an apparent terrorist attack": two events).
     */
    static List<EventDraft> merge(List<EventDraft> found, Sentence sentence, AnnotatedText text) {
        List<EventDraft> result = new ArrayList<>(found);
        for (EventDraft d : found) {
            Token head = sentence.head(d.trigger);
            EventDraft named = !d.type.isStatement() || !d.trigger.pos().equals("VBG") || head == null ? null
                    : result.stream().filter(o -> o != d && o.type == d.type && (o.trigger == head
                            || FrameVerbs.frameVerb(sentence, o.trigger) == head)).findFirst().orElse(null);
            if (named != null) {
                absorb(named, d);
                result.remove(d);
            }
        }
        for (EventDraft d : found) {
            if (!result.contains(d)) {
                continue;
            }
            if (!d.violent()) {
                continue;
            }
            EventDraft plot = result.stream().filter(o -> o != d && o.type == EventType.PLOT
                    && (governs(sentence, o.trigger, d.trigger) || infinitiveAfter(sentence, o.trigger, d.trigger)))
                    .findFirst().orElse(null);
            if (plot != null) {
                absorb(plot, d);
                result.remove(d);
                continue;
            }
            Token planning = FrameVerbs.planningVerb(sentence, d.trigger);
            if (planning != null) {
                d.type = EventType.PLOT;
                d.triggers.add(0, new Span(sentence.index(), planning.begin(), planning.end(),
                        text.text().substring(planning.begin(), planning.end())));
                d.trigger = planning;
                d.verb = planning.isVerb();
                continue;
            }
            EventDraft modified = d.trigger.relation().equals("compound") ? result.stream().filter(o -> o != d
                    && o.violent() && o.trigger == sentence.head(d.trigger)).findFirst().orElse(null) : null;
            if (modified != null) {
                absorb(modified, d);
                if (modified.type == EventType.ATTACK) {
                    modified.type = d.type;
                }
                result.remove(d);
                continue;
            }
            EventDraft partner = result.stream().filter(o -> o != d && o.violent() && linked(sentence, o.trigger,
                    d.trigger)).findFirst().orElse(null);
            if (partner != null && partner.trigger.index() < d.trigger.index()) {
                absorb(partner, d);
                result.remove(d);
                continue;
            }
            Token head = sentence.head(d.trigger);
            EventDraft governing = head == null || d.trigger.isVerb() ? null : result.stream().filter(o -> o != d
                    && o.trigger == head && o.verb && o.violent()
                    && (d.trigger.relation().startsWith("obl") || d.trigger.relation().startsWith("nmod"))
                    && !SEQUENCE_MARKERS.contains(sentence.caseMarker(d.trigger).toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (governing != null) {
                absorb(governing, d);
                result.remove(d);
            }
        }
        return result;
    }

    private static void absorb(EventDraft into, EventDraft other) {
        into.triggers.add(other.triggers.get(0));
        other.roles.forEach((role, iris) -> into.roles.computeIfAbsent(role, r -> new TreeSet<>()).addAll(iris));
        other.rules.forEach(into.rules::putIfAbsent);
        into.places.addAll(other.places);
        if (into.date.isEmpty()) {
            into.date = other.date;
        }
        if (into.killed.isEmpty()) {
            into.killed = other.killed;
        }
        if (into.wounded.isEmpty()) {
            into.wounded = other.wounded;
        }
        if (into.patient == null) {
            into.patient = other.patient;
            into.targetEntity = other.targetEntity;
        }
        if (other.modality.ordinal() < into.modality.ordinal() && other.modality != Modality.PLANNED) {
            into.modality = other.modality;
        }
        into.cue |= other.cue;
        into.cues.addAll(other.cues);
    }

    /** Whether a token governs another within two steps ("plot to bomb": bomb is under plot). */
    private static boolean governs(Sentence sentence, Token head, Token token) {
        Token current = sentence.head(token);
        for (int steps = 0; current != null && steps < 3; steps++) {
            if (current.index() == head.index()) {
                return true;
            }
            current = sentence.head(current);
        }
        return false;
    }

    /** Whether a verb is an infinitive right after a noun ("a plot to bomb"), however the parser attached it. */
    private static boolean infinitiveAfter(Sentence sentence, Token noun, Token verb) {
        return verb.isVerb() && noun.index() < verb.index() && verb.index() - noun.index() <= 2
                && sentence.children(verb.index()).stream().anyMatch(c -> c.relation().equals("mark")
                        && c.word().equalsIgnoreCase("to"));
    }

    /**
     * Whether two triggers are coordinated, one is an adverbial clause of the other, one names the action the other
     * or a verb coordinated with it happened in ("killed eight militants in an operation"), both name the action one
     * verb happened in ("killed in a stabbing attack ..., during a raid on villages"), or one is the subject of the
     * other ("a bombing ... kills at least 25 people").
     */
    private static boolean linked(Sentence sentence, Token a, Token b) {
        if (inCoordinatedVerb(sentence, a, b) || inCoordinatedVerb(sentence, b, a)) {
            return true;
        }
        if (!a.isVerb() && !b.isVerb() && sentence.head(a) != null && sentence.head(a) == sentence.head(b)
                && actionIn(sentence, a) && actionIn(sentence, b)) {
            return true;
        }
        Token dependent = sentence.head(b) == a ? b : a;
        if (sentence.head(b) != a && sentence.head(a) != b) {
            return false;
        }
        return Set.of("conj", "advcl", "xcomp").contains(dependent.relation()) || !dependent.isVerb()
                && (actionIn(sentence, dependent) || dependent.relation().equals("nsubj"));
    }

    /**
     * Whether a noun names the action in which the verb coordinated with a trigger happened ("kills 29 people and
     * injures 50 others in an attack").
     */
    private static boolean inCoordinatedVerb(Sentence sentence, Token trigger, Token noun) {
        Token verb = sentence.head(noun);
        return !noun.isVerb() && actionIn(sentence, noun) && verb != null && verb.isVerb()
                && verb.relation().equals("conj") && sentence.head(verb) == trigger;
    }

    private static boolean actionIn(Sentence sentence, Token noun) {
        return noun.relation().startsWith("obl") && Set.of("in", "during").contains(sentence.caseMarker(noun));
    }
}
