package org.conflictkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.kb.EntityType;

/** Links a later mention of an event ("the attack", a claim told again) to the earlier event it refers to. */
final class ReferenceLinker {

    private ReferenceLinker() {
    }

    /**
     * The earlier event a trigger refers to, if any. A definite noun ("the attack") with neither a perpetrator nor a
     * date of its own refers to the event of its family told in the sentence right before when that one is anchored
     * (below), else to the latest earlier event of the same family that happened and is anchored by a perpetrator, a
     * date or a place (not to a threatened or generic one), else to the latest of the family. Otherwise the candidates
     * are the earlier events of the same family that share an entity with it and whose date does not contradict its
     * own; one dated the same day is the same event whatever the determiner, and a definite noun takes the candidate
     * sharing the most (the latest on a tie).
     */
    static EventDraft coreferent(List<EventDraft> events, EventDraft draft) {
        boolean anchored = !draft.reference && (draft.roles.getOrDefault(Role.PERPETRATOR, Set.of()).stream()
                .anyMatch(iri -> !draft.partners.contains(iri))
                || draft.ownDate && draft.date.filter(d -> d.scope().equals("sentence")).isPresent());
        if (draft.definite && !anchored) {
            EventDraft justBefore = justBefore(events, draft);
            if (justBefore != null) {
                return justBefore;
            }
            for (int i = events.size() - 1; i >= 0; i--) {
                EventDraft earlier = events.get(i);
                if (family(earlier.type) == family(draft.type) && sameWord(earlier, draft)
                        && earlier.modality == Modality.COMPLETED && (earlier.roles.containsKey(Role.PERPETRATOR)
                                || earlier.date.isPresent())) {
                    return earlier;
                }
            }
            for (int i = events.size() - 1; i >= 0; i--) {
                EventDraft earlier = events.get(i);
                if (family(earlier.type) == family(draft.type) && draft.type.isStatement()
                        && draft.roles.values().stream().flatMap(Set::stream).anyMatch(iri -> earlier.roles.values()
                                .stream().anyMatch(r -> r.contains(iri)))) {
                    return earlier;
                }
            }
            EventDraft latest = null;
            for (int i = events.size() - 1; i >= 0; i--) {
                EventDraft earlier = events.get(i);
                boolean charge = draft.type == EventType.ACCUSATION && earlier.type == EventType.TRIAL;
                if (family(earlier.type) != family(draft.type) && !charge) {
                    continue;
                }
                if (latest == null) {
                    latest = earlier;
                }
                if (anchored(earlier)) {
                    return earlier;
                }
            }
            if (latest != null || !draft.hasArguments()) {
                return latest;
            }
        }
        Optional<String> ownDate = draft.date.filter(d -> d.scope().equals("sentence")).map(EventDate::value);
        EventDraft best = null;
        int bestScore = 0;
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft earlier = events.get(i);
            if (family(earlier.type) != family(draft.type)) {
                continue;
            }
            long shared = draft.entities().stream().filter(earlier.entities()::contains).count();
            Optional<String> theirs = earlier.date.map(EventDate::value);
            boolean sameDay = ownDate.isPresent() && ownDate.get().length() == 10 && theirs.equals(ownDate);
            boolean contradicts = ownDate.isPresent() && theirs.isPresent() && !theirs.equals(ownDate);
            if (shared == 0 || contradicts || !(sameDay || draft.definite)) {
                continue;
            }
            int score = (int) shared * 2 + (sameDay ? 5 : 0);
            if (score > bestScore) {
                best = earlier;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The event of the sentence before that was only named ("a foiled plot just 15 days prior") and that this
     * sentence tells of, in the same family, with its participants, place or time: the two are one event.
     */
    static EventDraft elaborated(List<EventDraft> events, EventDraft draft) {
        if (draft.definite || draft.reference) {
            return null;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft earlier = events.get(i);
            int last = earlier.sentences.last();
            if (last < draft.sentence.index() - 1) {
                return null;
            }
            boolean planned = earlier.type == EventType.PLOT && draft.violent()
                    && EventModality.of(draft) != Modality.COMPLETED;
            if (last == draft.sentence.index() - 1 && (family(earlier.type) == family(draft.type) || planned)
                    && earlier.cue
                    && !earlier.hasArguments() && earlier.paragraphs.contains(draft.sentence.paragraph())) {
                return earlier;
            }
        }
        return null;
    }

    /**
     * The latest earlier event of the mention's family when it was told in the sentence right before and happened
     * there, anchored by a perpetrator, a date or a place ("Militants open fire on an army checkpoint in Araman" /
     * "A militant is also killed in the attack"); null otherwise.
     */
    private static EventDraft justBefore(List<EventDraft> events, EventDraft draft) {
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft earlier = events.get(i);
            if (family(earlier.type) != family(draft.type)) {
                continue;
            }
            boolean previous = earlier.sentence != null && draft.sentence != null
                    && earlier.sentence.index() == draft.sentence.index() - 1
                    && earlier.sentence.paragraph() == draft.sentence.paragraph();
            return previous && anchored(earlier) ? earlier : null;
        }
        return null;
    }

    /** Whether an event happened and is anchored by a perpetrator, a date or a place (not threatened, not generic). */
    private static boolean anchored(EventDraft event) {
        return event.modality == Modality.COMPLETED && (event.roles.containsKey(Role.PERPETRATOR)
                || event.date.isPresent() || !event.places.isEmpty());
    }

    /** Whether an earlier event was named with the word a later reference uses ("the attack" after "an attack"). */
    private static boolean sameWord(EventDraft earlier, EventDraft later) {
        String word = later.trigger.word();
        String lemma = later.trigger.lemma();
        return earlier.triggers.stream().anyMatch(t -> t.text().equalsIgnoreCase(word)
                || t.text().equalsIgnoreCase(lemma));
    }

    /**
     * Adds what a later mention of an event tells about it; its places too when the event had none or only
     * countries and sites ("a raid in northeastern Syria" ... "the raid near the town of al-Shaddadi"; a title's
     * "Attack on Pakistani School" ... "the attack on a school in Peshawar"), and its date when the
     * event had none: one its sentence gives, or a day its paragraph gives ("today", "on Friday"; "earlier in
     * January" is too loose to date an event from another sentence).
     */
    static void merge(EventDraft earlier, EventDraft later, Map<String, EntityType> types) {
        earlier.triggers.add(later.triggers.get(0));
        earlier.sentences.addAll(later.sentences);
        earlier.paragraphs.addAll(later.paragraphs);
        later.roles.forEach((role, iris) -> earlier.roles.computeIfAbsent(role, r -> new TreeSet<>()).addAll(iris));
        later.rules.forEach((iri, rule) -> earlier.rules.putIfAbsent(iri, "coreference " + rule));
        if (earlier.places.stream().allMatch(p -> types.get(p) == EntityType.COUNTRY
                || types.get(p) == EntityType.SITE)) {
            earlier.places.addAll(later.places);
        }
        if (earlier.date.isEmpty() && later.date.filter(d -> d.scope().equals("sentence")
                || d.precision().equals("day")).isPresent() || refines(later.date, earlier.date)) {
            earlier.date = later.date;
        }
        if (earlier.killed.isEmpty()) {
            earlier.killed = later.killed;
        }
        if (earlier.wounded.isEmpty()) {
            earlier.wounded = later.wounded;
        }
    }

    /** Whether a sentence's own date falls in an event's year and is finer ("2007 ... attack" / "on 30 June 2007"). */
    private static boolean refines(Optional<EventDate> finer, Optional<EventDate> year) {
        return year.filter(y -> y.precision().equals("year")).isPresent()
                && finer.filter(d -> d.scope().equals("sentence") && !d.precision().equals("year")
                        && d.value().startsWith(year.get().value())).isPresent();
    }

    /** Claims by the same claimants of the same event are one claim told again ("ISIL-claimed", "ISIL claimed"). */
    static void mergeRepeatedClaims(List<EventDraft> events, Map<String, EntityType> types) {
        for (int i = 0; i < events.size(); i++) {
            EventDraft first = events.get(i);
            if (first.type != EventType.CLAIM_OF_RESPONSIBILITY || first.about.isEmpty()
                    || first.roles.get(Role.CLAIMANT) == null) {
                continue;
            }
            for (int j = events.size() - 1; j > i; j--) {
                EventDraft again = events.get(j);
                if (again.type == first.type && again.about.equals(first.about)
                        && first.roles.get(Role.CLAIMANT).equals(again.roles.get(Role.CLAIMANT))) {
                    merge(first, again, types);
                    events.remove(j);
                }
            }
        }
    }

    /** The family an event type is linked within: every attack type is one family, every other type its own. */
    private static Object family(EventType type) {
        return type.isAttack() ? EventType.ATTACK : type;
    }
}
