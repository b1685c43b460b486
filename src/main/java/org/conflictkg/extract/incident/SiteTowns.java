package org.conflictkg.extract.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.conflictkg.extract.Event;
import org.conflictkg.extract.Span;
import org.conflictkg.kb.EntityType;

/**
 * The town of an incident placed at a site: the town whose mention the resolver found inside the site's name ("the
 * Saint Petersburg Metro", "Kabul University", "Jolo Cathedral"), or the town the text places the site in anywhere
 * ("at the gymnasium of Mindanao State University in Marawi" for the heading "Mindanao State University bombing"), is
 * added to the incident's places, as coders take the site's town for the place. An incident already placed in a
 * town keeps its places.
 */
public final class SiteTowns {

    /** What stands between a site and the city after it that it lies in ("Taksim Square, Istanbul"). */
    private static final Pattern AFTER_SITE = Pattern.compile("(?i) in |, ");
    /** What stands between a city and its site after it ("Cairo's Tahrir Square"). */
    private static final Pattern BEFORE_SITE = Pattern.compile("['’]s ");

    private SiteTowns() {
    }

    /**
     * These incidents, each placed at sites and no town also placed in the towns named inside the sites' names or
     * that the text places the sites in.
     */
    public static List<Event> add(List<Event> incidents, PlaceFacts places, String text) {
        List<Event> result = new ArrayList<>();
        for (Event e : incidents) {
            if (e.places().stream().anyMatch(p -> places.types().get(p) == EntityType.CITY)) {
                result.add(e);
                continue;
            }
            Set<String> towns = new TreeSet<>();
            e.places().stream().filter(p -> places.types().get(p) == EntityType.SITE)
                    .forEach(site -> towns.addAll(townsOf(site, places, text)));
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

    /**
     * The towns with a mention inside a mention of this site, and the cities of the gazetteer named right after one
     * and "in" or a comma ("Mindanao State University in Marawi", "Taksim Square, Istanbul"; not a region: "in
     * Mindanao") or right before it with a possessive ("Cairo's Tahrir Square").
     */
    private static Set<String> townsOf(String site, PlaceFacts places, String text) {
        Set<String> towns = new TreeSet<>();
        List<Span> siteMentions = places.mentions().getOrDefault(site, List.of());
        for (Map.Entry<String, EntityType> entity : places.types().entrySet()) {
            if (entity.getValue() != EntityType.CITY && entity.getValue() != EntityType.PLACE) {
                continue;
            }
            for (Span town : places.mentions().getOrDefault(entity.getKey(), List.of())) {
                boolean city = entity.getValue() == EntityType.CITY;
                if (siteMentions.stream().anyMatch(s -> s.begin() <= town.begin() && town.end() <= s.end()
                        || city && namedBeside(s, town, text))) {
                    towns.add(entity.getKey());
                }
            }
        }
        return towns;
    }

    /** Whether a city is named right after a site with "in" or a comma, or right before it with a possessive. */
    private static boolean namedBeside(Span site, Span city, String text) {
        if (site.sentence() != city.sentence()) {
            return false;
        }
        return site.end() < city.begin() && AFTER_SITE.matcher(text.substring(site.end(), city.begin())).matches()
                || city.end() < site.begin() && BEFORE_SITE.matcher(text.substring(city.end(), site.begin())).matches();
    }
}
