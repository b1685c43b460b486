package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;
import org.conflictkg.nlp.Sentence;
import org.conflictkg.nlp.Token;

/**
 * Names the perpetrator of an attack that no rule attributed, neither by perpetrator nor by claim, when its sentences
 * name one armed group before the attack's word, as a clause's subject through its noun phrase ("Suspected Boko
 * Haram insurgents kill 30 villagers", which the tagger may misread so that nothing hangs on the attack): that group
 * did it. A group named as an object, after "against", "of", "between" or "to", or as the one accused ("blamed
 * Jama'at Nusrat al-Islam wal-Muslimin (JNIM) for the kidnapping"), anywhere in those sentences, is no candidate, and
 * two candidates leave the attack unattributed.
 */
final class SoleGroupSubjects {

    /** Words before a name that make it a target, a side, a relation or an accused, not the attacker. */
    private static final Pattern NOT_THE_ATTACKER = Pattern.compile("(?is).*\\b(?:against|on|targeting|with|from|of"
            + "|between|over|accused|accuse|accuses|charge|charged|blame|blamed|inspired by|to)\\s+(?:the\\s+)?"
            + "(?:suspected\\s+)?$");
    /** How many characters before a name {@link #NOT_THE_ATTACKER} looks at. */
    private static final int LOOK_BACK = 30;
    /** Relations that tie a name to the head of its noun phrase: modifiers, conjuncts, appositions. */
    private static final Set<String> NOMINAL_LINKS = Set.of("compound", "flat", "appos", "conj", "amod",
            "nmod:poss", "dep");
    private static final int MAX_STEPS = 10;
    private static final double CONFIDENCE = 0.5;

    private SoleGroupSubjects() {
    }

    /** The incidents, each unattributed attack given the one armed group its sentences name as a subject. */
    static List<Event> add(List<Event> incidents, AnnotatedText text, PlaceFacts facts) {
        Set<Integer> claimed = new TreeSet<>();
        incidents.forEach(e -> e.claimedEvent().ifPresent(claimed::add));
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            boolean attributed = claimed.contains(e.key())
                    || !e.roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty()
                    || !e.roles().getOrDefault(Role.CLAIMANT, Set.of()).isEmpty();
            Set<String> groups = !e.type().isAttack() || attributed ? Set.of() : candidates(e, text, facts);
            result.add(groups.size() != 1 ? e : e.withSoleRole(new RoleAssignment(Role.PERPETRATOR,
                    groups.iterator().next(), CONFIDENCE, "sole-group-subject")));
        }
        return result;
    }

    /** The armed groups an attack's sentences name as subjects before its word, less those named otherwise. */
    private static Set<String> candidates(Event e, AnnotatedText text, PlaceFacts facts) {
        Map<Integer, Integer> lastTrigger = new HashMap<>();
        e.triggers().stream().filter(t -> t.sentence() < text.sentences().size())
                .forEach(t -> lastTrigger.merge(t.sentence(), t.begin(), Math::max));
        Set<String> groups = new TreeSet<>();
        Set<String> excluded = new TreeSet<>();
        for (Map.Entry<String, EntityType> entity : facts.types().entrySet()) {
            if (entity.getValue() != EntityType.ARMED_GROUP) {
                continue;
            }
            for (Span name : facts.mentions().getOrDefault(entity.getKey(), List.of())) {
                if (!lastTrigger.containsKey(name.sentence())) {
                    continue;
                }
                if (notTheAttacker(text, name) || !subject(text.sentences().get(name.sentence()), name)) {
                    excluded.add(entity.getKey());
                } else if (name.end() <= lastTrigger.get(name.sentence())) {
                    groups.add(entity.getKey());
                }
            }
        }
        groups.removeAll(excluded);
        groups.removeAll(e.roles().getOrDefault(Role.TARGET, Set.of()));
        return groups;
    }

    /** Whether the words right before a name make it a target, a side or an accused. */
    private static boolean notTheAttacker(AnnotatedText text, Span name) {
        return NOT_THE_ATTACKER.matcher(text.text().substring(Math.max(0, name.begin() - LOOK_BACK), name.begin()))
                .matches();
    }

    /**
     * Whether a name is, through the modifiers, conjuncts and appositions of its noun phrase, a clause's subject or
     * a passive's agent (or hangs on nothing the parse could tell), not an object or another oblique.
     */
    static boolean subject(Sentence sentence, Span name) {
        Token token = sentence.tokens().stream().filter(t -> t.begin() >= name.begin() && t.end() <= name.end())
                .reduce((a, b) -> b).orElse(null);
        if (token == null) {
            return false;
        }
        for (int steps = 0; linked(token.relation()) && steps < MAX_STEPS; steps++) {
            Token head = sentence.head(token);
            if (head == null) {
                break;
            }
            token = head;
        }
        String relation = token.relation();
        boolean oblique = (relation.startsWith("obl") || relation.startsWith("nmod")) && !relation.endsWith("agent");
        return !(relation.startsWith("obj") || relation.startsWith("iobj") || relation.startsWith("xcomp")
                || oblique);
    }

    private static boolean linked(String relation) {
        return NOMINAL_LINKS.stream().anyMatch(relation::startsWith);
    }
}
