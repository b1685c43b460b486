package org.conflictkg.extract.incident;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Event;

/** The incidents that statements speak of: a claim, accusation, denial or warning keeps what it is about. */
final class StatementSubjects {

    private StatementSubjects() {
    }

    /** The keys of the incidents that some statement among these events claims or is about. */
    static Set<Integer> of(List<Event> incidents) {
        Set<Integer> spokenOf = new TreeSet<>();
        for (Event e : incidents) {
            e.claimedEvent().ifPresent(spokenOf::add);
            e.about().ifPresent(spokenOf::add);
        }
        return spokenOf;
    }
}
