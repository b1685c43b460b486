package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.kb.EntityType;
import org.conflictkg.vocabulary.CKG;

/**
 * Names the perpetrator of a report's one plot, and of its one attack, that nothing else attributes: when the arrests
 * and trials told in a sentence with it have one and the same person as their suspect ("The 2010 Portland car bomb
 * plot involved an incident in which Mohamed Osman Mohamud ... was arrested"; "Mehdi Nemmouche ... was arrested ...
 * when he was found to be carrying weapons identical to those used in the shooting"), that person did it, as the
 * coding manual has the perpetrator be the named person when no group is named.
 */
public final class SuspectedPerpetrators {

    private static final double CONFIDENCE = 0.6;
    private static final String PERSON = CKG.ID + EntityType.PERSON.pathSegment() + "/";

    private SuspectedPerpetrators() {
    }

    /**
     * The incidents with the perpetrator of the lone plot, and of the lone attack, filled from the one suspect of
     * the arrests and trials told with it.
     */
    public static List<Event> add(List<Event> incidents) {
        return add(add(incidents, e -> e.type() == EventType.PLOT, "plot-suspect"), e -> e.type().isAttack(),
                "attack-suspect");
    }

    private static List<Event> add(List<Event> incidents, Predicate<Event> kind, String rule) {
        List<Event> candidates = incidents.stream().filter(kind).toList();
        if (candidates.size() != 1 || !candidates.get(0).roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty()
                || !candidates.get(0).roles().getOrDefault(Role.CLAIMANT, Set.of()).isEmpty()) {
            return incidents;
        }
        Event lone = candidates.get(0);
        Set<String> suspects = new TreeSet<>();
        for (Event e : incidents) {
            boolean toldWith = e.sentences().stream().anyMatch(lone.sentences()::contains);
            if ((e.type() == EventType.ARREST || e.type() == EventType.TRIAL) && toldWith) {
                suspects.addAll(e.roles().getOrDefault(Role.SUSPECT, Set.of()));
            }
        }
        if (suspects.size() != 1 || !suspects.iterator().next().startsWith(PERSON)) {
            return incidents;
        }
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            result.add(e != lone ? e : e.withSoleRole(new RoleAssignment(Role.PERPETRATOR, suspects.iterator().next(),
                    CONFIDENCE, rule)));
        }
        return result;
    }
}
