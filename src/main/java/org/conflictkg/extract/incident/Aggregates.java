package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventDate;
import org.conflictkg.extract.Span;

/**
 * Leaves out what only counts or sums up incidents ("carried out at least 74 attacks in Niger during 2021", "military
 * operations in 2020", "arrests across the country"): an event named only by plural nouns, with no day or month, no
 * town, no toll and no statement about it, is an aggregate of incidents, which GTD and ACLED do not code as one
 * ("the 2014 bombings in Nairobi" names a town: it stays).
 */
public final class Aggregates {

    private Aggregates() {
    }

    /** The incidents that are not aggregates. */
    public static List<Event> drop(List<Event> incidents, PlaceFacts places) {
        Set<Integer> spokenOf = StatementSubjects.of(incidents);
        List<Event> kept = new ArrayList<>();
        for (Event e : incidents) {
            if (!aggregate(e, places) || spokenOf.contains(e.key())) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Whether an event is named only by plural nouns and has no day, month, town or toll. */
    static boolean aggregate(Event e, PlaceFacts places) {
        if (e.type().isStatement() || e.killed().isPresent() || e.wounded().isPresent()
                || e.places().stream().anyMatch(p -> places.specificity(p) >= 2)) {
            return false;
        }
        if (e.date().map(EventDate::precision).filter(p -> !p.equals("year")).isPresent()) {
            return false;
        }
        for (Span trigger : e.triggers()) {
            String word = trigger.text().toLowerCase(Locale.ROOT);
            if (!(word.endsWith("s") && !word.endsWith("ss") && word.length() > 3)) {
                return false;
            }
        }
        return true;
    }
}
