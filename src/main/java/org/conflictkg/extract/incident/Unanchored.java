package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;

/**
 * Leaves out attacks, plots and operations told with no time, no place, no toll, no perpetrator, no target and no
 * statement about them ("plotted to kill Americans", "the operation", "police shot him"): the coding manual's general
 * statements and campaigns without a time and place, which GTD and ACLED do not code as incidents.
 */
public final class Unanchored {

    private Unanchored() {
    }

    /** The incidents that have a time, a place, a toll, a perpetrator, a target or a statement about them. */
    public static List<Event> drop(List<Event> incidents) {
        Set<Integer> spokenOf = StatementSubjects.of(incidents);
        List<Event> kept = new ArrayList<>();
        for (Event e : incidents) {
            if (!unanchored(e) || spokenOf.contains(e.key())) {
                kept.add(e);
            }
        }
        return kept;
    }

    /**
     * Whether an attack, plot or operation has no date, no place, no toll, no perpetrator but one a pronoun stands
     * for ("he plotted to kill"), and no target.
     */
    static boolean unanchored(Event e) {
        boolean kind = e.type().isAttack() || e.type() == EventType.PLOT
                || e.type() == EventType.MILITARY_OPERATION;
        return kind && e.date().isEmpty() && e.places().isEmpty() && e.killed().isEmpty() && e.wounded().isEmpty()
                && e.roles().getOrDefault(Role.PERPETRATOR, Set.of()).stream().allMatch(iri -> e.assignments()
                        .stream().anyMatch(a -> a.role() == Role.PERPETRATOR && a.entity().equals(iri)
                                && a.rule().endsWith(" via pronoun")))
                && e.roles().getOrDefault(Role.TARGET, Set.of()).isEmpty();
    }
}
