package org.conflictkg.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.conflictkg.geo.Gazetteer;
import org.conflictkg.geo.Place;
import org.conflictkg.geo.PlaceNames;
import org.conflictkg.kb.EntityType;
import org.conflictkg.kb.KbEntity;
import org.conflictkg.kb.KnowledgeBase;

/**
 * Links place names to the gazetteer, with the countries their context names: those of the same sentence first,
 * then those of the whole document (a region only with a country of its own sentence: "Gaza" is not Mozambique's
 * Gaza province because Mozambique is named elsewhere). A name the gazetteer cannot decide stays unlinked (never a
 * guess), and the knowledge base's country entities stand for the gazetteer's countries.
 */
public final class PlaceLinker {

    /** The population from which a city is known abroad, named without its country. */
    private static final long MAJOR_CITY = 1_000_000;
    /** How many people a town must have for a site named after it to be placed in its country. */
    private static final long SITE_TOWN = 50_000;
    /** How many times smaller a town of the sentence's country must be for a world city of its name to win. */
    private static final long FAR_SMALLER = 20;

    private final Gazetteer gazetteer;
    private final Map<String, String> isoByCountryIri = new HashMap<>();
    private final Map<String, String> countryIriByIso = new HashMap<>();
    private final Map<String, String> countryLabels = new HashMap<>();

    /** A linker over this gazetteer, whose countries are matched by name to the knowledge base's. */
    public PlaceLinker(Gazetteer gazetteer, KnowledgeBase kb) {
        this.gazetteer = gazetteer;
        for (KbEntity entity : kb.entities()) {
            if (entity.type() != EntityType.COUNTRY) {
                continue;
            }
            countryLabels.put(entity.iri(), entity.prefLabel());
            Optional<Place> country = gazetteer.countryByName(entity.prefLabel());
            for (String alt : entity.altLabels()) {
                country = country.or(() -> gazetteer.countryByName(alt));
            }
            country.ifPresent(c -> {
                String iso = c.countryCode().toUpperCase(Locale.ROOT);
                isoByCountryIri.put(entity.iri(), iso);
                countryIriByIso.putIfAbsent(iso, entity.iri());
            });
        }
    }

    /** The ISO 3166-1 code of a knowledge-base country, if the gazetteer knows it. */
    public Optional<String> iso(String countryIri) {
        return Optional.ofNullable(isoByCountryIri.get(countryIri));
    }

    /** The gazetteer's country for a knowledge-base country, if the gazetteer knows it. */
    public Optional<Place> country(String countryIri) {
        return iso(countryIri).flatMap(gazetteer::country);
    }

    /** The knowledge base's name of one of its countries ("Turkey"). */
    public Optional<String> countryLabel(String countryIri) {
        return Optional.ofNullable(countryLabels.get(countryIri));
    }

    /** The capital city of a knowledge-base country, if the gazetteer knows it. */
    public Optional<Place> capital(String countryIri) {
        return iso(countryIri).flatMap(gazetteer::capital);
    }

    /** The knowledge-base country with this ISO 3166-1 code, if there is one. */
    public Optional<String> countryIri(String iso) {
        return Optional.ofNullable(countryIriByIso.get(iso.toUpperCase(Locale.ROOT)));
    }

    /** The place a name denotes given the countries of its sentence and of its document, if one can be told. */
    public Optional<Place> link(String name, Set<String> sentenceCountries, Set<String> documentCountries) {
        return link(name, sentenceCountries, documentCountries, Set.of(), false);
    }

    /**
     * The place a name denotes given the countries of its sentence, of its document and of the comma chain after it
     * ("Gelan, Ghazni, Afghanistan"). A town of under a million people in another country than the chain names is
     * no reading of the name, even where the document names that country (Gelan in China; "Bal'ad, Middle Shabelle,
     * Somalia" in a digest that names Iraq is not Iraq's Balad): such a name stays unlinked. A
     * first-level division is linked only where its sentence names its country, or where its name says it is a
     * division ("Benue State", "Kerman Province") and the document names no other country or the gazetteer knows
     * no other place of that name ("Mandera County" in a digest of the day's attacks worldwide). A town of under
     * {@value #SITE_TOWN} people in a country the document never names, named with no comma chain after it in a
     * sentence that names another country, is no reading of the name either ("Solhan village in Yagha province,
     * Burkina Faso" is not Turkey's Solhan).
     */
    public Optional<Place> link(String name, Set<String> sentenceCountries, Set<String> documentCountries,
            Set<String> chainCountries, boolean chained) {
        if (!sentenceCountries.isEmpty()) {
            Optional<Place> place = gazetteer.resolve(name, sentenceCountries);
            if (place.isPresent() && sentenceCountries.contains(place.get().countryCode())) {
                return chained ? place : worldCity(name, place.get(), documentCountries).or(() -> place);
            }
        }
        boolean namedAsDivision = PlaceNames.divisionStem(PlaceNames.key(name)) != null;
        return gazetteer.resolve(name, documentCountries)
                .filter(p -> p.kind() != Place.Kind.ADMIN1 || sentenceCountries.contains(p.countryCode())
                        || namedAsDivision && (documentCountries.isEmpty()
                                || documentCountries.contains(p.countryCode())
                                || gazetteer.lookup(name).size() == 1))
                .filter(p -> chainCountries.isEmpty() || chainCountries.contains(p.countryCode())
                        || p.kind() != Place.Kind.CITY || p.population() >= MAJOR_CITY)
                .filter(p -> chained || sentenceCountries.isEmpty() || p.kind() != Place.Kind.CITY
                        || documentCountries.contains(p.countryCode()) || p.population() >= SITE_TOWN);
    }

    /**
     * The city of a million people or more of this name in another country the document names, when the town its
     * sentence's country has of that name is far smaller: "Moscow" in "The United States condemns ... the bombing of
     * Moscow's Domodedovo airport" is Russia's capital, not the town in Idaho.
     */
    private Optional<Place> worldCity(String name, Place local, Set<String> documentCountries) {
        return gazetteer.resolve(name, documentCountries).filter(p -> p.kind() == Place.Kind.CITY
                && local.kind() == Place.Kind.CITY && p.population() >= MAJOR_CITY
                && !p.countryCode().equals(local.countryCode()) && documentCountries.contains(p.countryCode())
                && local.population() * FAR_SMALLER < p.population());
    }

    /**
     * The town of this name that lies in a first-level division the comma chain after it names ("Holland, Ohio" is
     * the Ohio town, not the Netherlands nor Holland, Michigan), the most populous if several do; empty when none.
     */
    public Optional<Place> townInDivision(String name, Set<String> chainNames) {
        if (chainNames.isEmpty()) {
            return Optional.empty();
        }
        Set<String> keys = new java.util.HashSet<>();
        chainNames.forEach(n -> keys.add(PlaceNames.key(n)));
        return gazetteer.lookup(name).stream().filter(p -> p.kind() == Place.Kind.CITY)
                .filter(p -> gazetteer.regionOf(p).map(r -> r.names().stream().map(PlaceNames::key)
                        .anyMatch(keys::contains)).orElse(false))
                .findFirst();
    }

    /**
     * The town a site's or district's name opens with ("Kabul University", "Manchester Arena", "Saint Petersburg
     * Metro"): the most populous city of at least {@value #SITE_TOWN} people whose own name (not an alternate one:
     * "Serena Hotel" is not in La Serena) is the name's first one to three words, when words of the name follow it.
     */
    public Optional<Place> townOpening(String name) {
        String[] words = name.strip().replaceFirst("(?i)^the\\s+", "").split("\\s+");
        Place best = null;
        for (int n = 1; n <= Math.min(3, words.length - 1); n++) {
            String prefix = String.join(" ", java.util.Arrays.asList(words).subList(0, n));
            for (Place p : gazetteer.lookup(prefix)) {
                boolean ownName = p.name().equalsIgnoreCase(prefix) || p.asciiName().equalsIgnoreCase(prefix);
                if (p.kind() == Place.Kind.CITY && p.population() >= SITE_TOWN && ownName
                        && (best == null || p.population() > best.population())) {
                    best = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
