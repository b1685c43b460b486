package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;
import org.conflictkg.extract.Role;
import org.conflictkg.extract.RoleAssignment;
import org.conflictkg.kb.EntityType;
import org.conflictkg.vocabulary.CKG;

/**
 * Names the plotter of a report's one plot: when a report tells of a single plot with no perpetrator, and the arrests
 * and trials told in a sentence with it have one and the same person as their suspect ("The 2010 Portland car bomb
 * plot involved an incident in which Mohamed Osman Mohamud ... was arrested"; "Mohamud ... pleaded guilty to all
 * counts alleged against him regarding a terrorist plot"), that person planned it, as the coding manual has a plot's
 * perpetrator be the named person when no group is named.
 */
public final class PlotSuspects {

    private static final double CONFIDENCE = 0.6;
    private static final String PERSON = CKG.ID + EntityType.PERSON.pathSegment() + "/";

    private PlotSuspects() {
    }

    /** The incidents with the lone plot's perpetrator filled from the one suspect of the arrests and trials with it. */
    public static List<Event> add(List<Event> incidents) {
        List<Event> plots = incidents.stream().filter(e -> e.type() == EventType.PLOT).toList();
        if (plots.size() != 1 || !plots.get(0).roles().getOrDefault(Role.PERPETRATOR, Set.of()).isEmpty()) {
            return incidents;
        }
        Set<String> suspects = new TreeSet<>();
        for (Event e : incidents) {
            boolean toldWithPlot = e.sentences().stream().anyMatch(plots.get(0).sentences()::contains);
            if ((e.type() == EventType.ARREST || e.type() == EventType.TRIAL) && toldWithPlot) {
                suspects.addAll(e.roles().getOrDefault(Role.SUSPECT, Set.of()));
            }
        }
        if (suspects.size() != 1 || !suspects.iterator().next().startsWith(PERSON)) {
            return incidents;
        }
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            result.add(e != plots.get(0) ? e : e.withSoleRole(new RoleAssignment(Role.PERPETRATOR,
                    suspects.iterator().next(), CONFIDENCE, "plot-suspect")));
        }
        return result;
    }
}
