package org.conflictkg.extract.incident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Role;
import org.conflictkg.kb.EntityType;
import org.conflictkg.nlp.AnnotatedText;

/**
 * The country of an incident that the text places nowhere: the state of the authorities that acted in it ("Russian
 * authorities arrested ..."), else the country its section heading names ("Terrorism in Kenya"), else the country
 * the document is about. Statements (claims, warnings, accusations) get none: where a statement was made is not
 * where its incident happened.
 */
public final class UnplacedCountries {

    private UnplacedCountries() {
    }

    /** The IRIs of the countries of the incidents without a place, by key. */
    public static Map<Integer, Set<String>> of(List<Event> incidents, PlaceFacts places, AnnotatedText text) {
        Map<Integer, Set<String>> result = new HashMap<>();
        for (Event e : incidents) {
            if (!e.places().isEmpty() || e.type().isStatement()) {
                continue;
            }
            Set<String> countries = new TreeSet<>();
            authorities(e, places).forEach(a -> places.countryOf(a).ifPresent(countries::add));
            if (countries.isEmpty()) {
                SectionHeadings.countryBefore(text, e.triggers().get(0).sentence(), places)
                        .ifPresent(countries::add);
            }
            if (countries.isEmpty()) {
                places.documentCountry().ifPresent(countries::add);
            }
            if (!countries.isEmpty()) {
                result.put(e.key(), Set.copyOf(countries));
            }
        }
        return result;
    }

    private static Set<String> authorities(Event e, PlaceFacts places) {
        Set<String> result = new TreeSet<>(e.roles().getOrDefault(Role.AUTHORITY, Set.of()));
        e.roles().getOrDefault(Role.PERPETRATOR, Set.of()).stream()
                .filter(p -> places.types().get(p) == EntityType.STATE_AUTHORITY).forEach(result::add);
        return result;
    }
}
