package org.conflictkg.extract.incident;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.extract.Event;

/**
 * A document's events grouped one per real-world incident (GTD's and ACLED's unit), with the incident the report is
 * about.
 *
 * @param events one event per incident or statement, keyed as {@link Event#key()}
 * @param main the key of the incident the report is about, when it has one
 * @param perpetratorsKilled for an incident whose text says how many perpetrators died, that number, by key
 * @param sources for an incident made of several mentions, the value each mention gave each slot, by key
 * @param countries for an incident the text places nowhere, the IRIs of its country ({@link UnplacedCountries}), by key
 */
public record Incidents(List<Event> events, Optional<Integer> main, Map<Integer, Integer> perpetratorsKilled,
        Map<Integer, List<SlotSource>> sources, Map<Integer, Set<String>> countries) {

    public Incidents {
        events = List.copyOf(events);
        perpetratorsKilled = Map.copyOf(perpetratorsKilled);
        sources = Map.copyOf(sources);
        countries = Map.copyOf(countries);
    }

    /** Events taken as they are, each its own incident, with no main incident. */
    public static Incidents ungrouped(List<Event> events) {
        return new Incidents(events, Optional.empty(), Map.of(), Map.of(), Map.of());
    }
}
