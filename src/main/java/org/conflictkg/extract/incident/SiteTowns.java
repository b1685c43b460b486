package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;

/**
 * The town of an incident placed at a site whose name opens with the town's name ("the Saint Petersburg
 * Metro", "Kabul University", "Jolo Cathedral"): the town, whose mention the resolver found inside the site's name,
 * is added to the incident's places, as coders take the site's town for the place. An incident already placed in a
 * town keeps its places.
 */
public final class SiteTowns {

    private SiteTowns() {
    }

    /** These incidents, each placed at sites and no town also placed in the towns named inside the sites' names. */
    public static List<Event> add(List<Event> incidents, PlaceFacts places) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            if (e.places().stream().anyMatch(p -> places.types().get(p) == EntityType.CITY)) {
                result.add(e);
                continue;
            }
            Set<String> towns = new TreeSet<>();
            e.places().stream().filter(p -> places.types().get(p) == EntityType.SITE)
                    .forEach(site -> towns.addAll(townsInside(site, places)));
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

    /** The towns with a mention inside a mention of this site. */
    private static Set<String> townsInside(String site, PlaceFacts places) {
        Set<String> towns = new TreeSet<>();
        List<Span> siteMentions = places.mentions().getOrDefault(site, List.of());
        for (Map.Entry<String, EntityType> entity : places.types().entrySet()) {
            if (entity.getValue() != EntityType.CITY && entity.getValue() != EntityType.PLACE) {
                continue;
            }
            for (Span town : places.mentions().getOrDefault(entity.getKey(), List.of())) {
                if (siteMentions.stream().anyMatch(s -> s.begin() <= town.begin() && town.end() <= s.end())) {
                    towns.add(entity.getKey());
                }
            }
        }
        return towns;
    }
}
