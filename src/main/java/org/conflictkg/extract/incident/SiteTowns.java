package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;

/**
 * The town of an incident placed only at a site whose name opens with the town's name ("the Saint Petersburg Metro",
 * "Kabul University", "Jolo Cathedral"): the town, named on its own elsewhere in the document, is added to the
 * incident's places, as coders take the site's town for the place.
 */
public final class SiteTowns {

    private SiteTowns() {
    }

    /** These incidents, each placed only at sites also placed in the towns that open the sites' names. */
    public static List<Event> add(List<Event> incidents, PlaceFacts places) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            if (e.places().isEmpty() || e.places().stream().anyMatch(p -> places.specificity(p) == 2)) {
                result.add(e);
                continue;
            }
            Set<String> towns = new TreeSet<>();
            e.places().stream().filter(p -> places.types().get(p) == EntityType.SITE)
                    .forEach(site -> towns.addAll(townsOpening(site, places)));
            if (towns.isEmpty()) {
                result.add(e);
                continue;
            }
            Set<String> placed = new TreeSet<>(e.places());
            placed.addAll(towns);
            result.add(e.withPlaces(placed));
        }
        return result;
    }

    private static Set<String> townsOpening(String site, PlaceFacts places) {
        Set<String> towns = new TreeSet<>();
        Set<String> siteNames = names(places.mentions().getOrDefault(site, List.of()));
        for (Map.Entry<String, EntityType> entity : places.types().entrySet()) {
            if (entity.getValue() != EntityType.CITY) {
                continue;
            }
            for (String town : names(places.mentions().getOrDefault(entity.getKey(), List.of()))) {
                if (siteNames.stream().anyMatch(name -> name.startsWith(town + " "))) {
                    towns.add(entity.getKey());
                }
            }
        }
        return towns;
    }

    private static Set<String> names(List<Span> mentions) {
        Set<String> names = new TreeSet<>();
        for (Span s : mentions) {
            names.add(s.text().toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
        }
        return names;
    }
}
