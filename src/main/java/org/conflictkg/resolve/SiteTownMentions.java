package org.conflictkg.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.conflictkg.extract.Mention;
import org.conflictkg.geo.Place;
import org.conflictkg.kb.EntityType;

/**
 * The town a site's name opens with is named by those words ("Kabul University", "the Saint Petersburg Metro",
 * "Jolo Cathedral"): each such name gets a mention of the town inside it, so that the town is an
 * entity of the document even when the text never names it alone. The town is one the document names on its own
 * with the same words, else the gazetteer's town of that own name ({@link PlaceLinker#townOpening}). A division or
 * a natural feature named after a town ("Kabul Province", "Kabul River") is not in the town.
 */
final class SiteTownMentions {

    /** How a town found inside a site's name is recorded as the source of its mention. */
    static final String SOURCE = "site-name";

    private static final Pattern NOT_IN_TOWN = Pattern.compile("(?i)\\b(province|provinces|district|districts"
            + "|region|governorate|state|county|division|municipality|oblast|krai|prefecture|department|territory"
            + "|area|valley|river|mountains?|lake|sea|bay|gulf|desert|basin|plain|hills?|island|peninsula"
            + "|gate|road|highway|street|avenue)\\b");

    private SiteTownMentions() {
    }

    /** Adds to these entities, by IRI, the town mentions inside the names of their sites. */
    static void add(Map<String, Entity.Builder> entities, Optional<PlaceLinker> places,
            java.util.function.BiFunction<String, Place, String> townIri) {
        List<Entity.Builder> towns = entities.values().stream().filter(b -> b.type() == EntityType.CITY
                || b.type() == EntityType.PLACE).toList();
        List<Entity.Builder> named = entities.values().stream().filter(b -> b.type() == EntityType.SITE).toList();
        for (Entity.Builder site : named) {
            for (Mention m : List.copyOf(site.mentions())) {
                String name = m.text().replaceFirst("(?i)^the\\s+", "");
                int offset = m.text().length() - name.length();
                Entity.Builder town = null;
                String townName = null;
                for (Entity.Builder t : towns) {
                    townName = townWords(t, name);
                    if (townName != null) {
                        town = t;
                        break;
                    }
                }
                Optional<Place> opening = town != null || places.isEmpty() ? Optional.empty()
                        : places.get().townOpening(name).filter(p -> opening(name, p) != null);
                if (opening.isPresent()) {
                    townName = opening(name, opening.get());
                }
                if (townName == null || NOT_IN_TOWN.matcher(name.substring(townName.length())).find()) {
                    continue;
                }
                if (town == null) {
                    town = gazetteerTown(entities, opening.get(), townName, places.get(), townIri);
                }
                int begin = m.begin() + offset;
                int first = m.firstToken() + (offset > 0 ? 1 : 0);
                int last = Math.min(m.lastToken() - 1, first + townName.split("\\s+").length - 1);
                town.add(new Mention(m.sentence(), first, last, begin, begin + townName.length(), townName,
                        EntityType.CITY, SOURCE, Optional.empty(), Optional.empty(), townName));
                town.fullerLabel(townName);
            }
        }
    }

    /** The document's entity of a gazetteer town, made when the document has none. */
    private static Entity.Builder gazetteerTown(Map<String, Entity.Builder> entities, Place town, String name,
            PlaceLinker places, java.util.function.BiFunction<String, Place, String> townIri) {
        for (Entity.Builder b : entities.values()) {
            if (b.place().filter(p -> p.kind() == town.kind() && p.geonameId().equals(town.geonameId())).isPresent()) {
                return b;
            }
        }
        return entities.computeIfAbsent(townIri.apply(EntityResolver.normalise(name), town), iri ->
                new Entity.Builder(iri, EntityType.CITY, name, "gazetteer", places.countryIri(town.countryCode()),
                        Optional.of(town)));
    }

    /** The words of a town's own mentions that open a name and are followed by more of it, or null. */
    private static String townWords(Entity.Builder town, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Mention m : town.mentions()) {
            String words = m.text().replaceFirst("(?i)^the\\s+", "");
            if (!m.source().equals(SOURCE) && lower.startsWith(words.toLowerCase(Locale.ROOT) + " ")) {
                return name.substring(0, words.length());
            }
        }
        return null;
    }

    /** The opening words of a name that are a place's own name, or null. */
    private static String opening(String name, Place place) {
        for (String own : List.of(place.name(), place.asciiName())) {
            if (!own.isEmpty() && name.toLowerCase(Locale.ROOT).startsWith(own.toLowerCase(Locale.ROOT) + " ")) {
                return name.substring(0, own.length());
            }
        }
        return null;
    }
}
