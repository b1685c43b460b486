package org.conflictkg.extract.incident;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.EventType;

/**
 * Chooses the incident a report is about: of the incidents (not statements), the step of justice a press release
 * announces in its headline or lead ("was sentenced today", "pleaded guilty today"), else the one its headline and
 * lead name, then the one most often mentioned, then the first. A text of many dated records (a log, a day's list)
 * is about none of them in particular, unless it is a single record.
 */
public final class MainIncident {

    /** How many sentences from the start count as the headline and lead. */
    private static final int LEAD_SENTENCES = 2;

    private MainIncident() {
    }

    /** The key of the main incident of these incidents, if the report has one. */
    public static Optional<Integer> choose(List<Event> incidents, int headings) {
        if (headings > 1) {
            return Optional.empty();
        }
        Event best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Event e : incidents) {
            if (e.type().isStatement()) {
                continue;
            }
            int score = score(e);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(Event::key);
    }

    private static int score(Event e) {
        int first = e.triggers().stream().mapToInt(t -> t.sentence()).min().orElse(Integer.MAX_VALUE);
        int score = first < LEAD_SENTENCES ? 100 : 0;
        score += first < LEAD_SENTENCES && announced(e) ? 200 : 0;
        score += Math.min(e.triggers().size(), 10) * 5;
        score += e.type().isAttack() ? 3 : 0;
        score += e.type() == EventType.MILITARY_OPERATION ? 1 : 0;
        score += e.date().isPresent() ? 1 : 0;
        score += e.places().isEmpty() ? 0 : 1;
        return score * 1000 - Math.min(first, 999);
    }

    /** Whether an incident is an arrest, a trial step or a deportation dated "today", as press releases announce. */
    private static boolean announced(Event e) {
        boolean justice = e.type() == EventType.ARREST || e.type() == EventType.TRIAL
                || e.type() == EventType.DEPORTATION;
        return justice && e.date().filter(d -> d.text().toLowerCase(Locale.ROOT).contains("today"))
                .isPresent();
    }
}
