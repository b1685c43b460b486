package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;

/**
 * Leaves out plots told only as a conspiracy ("charged with multiple offences related to his participation in a
 * conspiracy to attack U.S. forces", "the three participated in a fifteen-year conspiracy"): the conspiracy a charge
 * names is the crime, often years of attacks or support, not the planned attack the coding manual codes as a plot. A
 * conspiracy mention that joined a plot told otherwise ("the plot", "planned to bomb") stays part of it.
 */
public final class Conspiracies {

    private Conspiracies() {
    }

    /** The incidents without the plots that only a conspiracy names. */
    public static List<Event> drop(List<Event> incidents) {
        Set<Integer> spokenOf = StatementSubjects.of(incidents);
        List<Event> kept = new ArrayList<>();
        for (Event e : incidents) {
            boolean conspiracyOnly = e.type() == EventType.PLOT && !spokenOf.contains(e.key())
                    && e.triggers().stream().allMatch(t -> t.text().toLowerCase(Locale.ROOT).startsWith("conspir"));
            if (!conspiracyOnly) {
                kept.add(e);
            }
        }
        return kept;
    }
}
