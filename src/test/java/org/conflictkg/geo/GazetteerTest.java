package org.conflictkg.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged gazetteer. Ids and coordinates expected here were read from the shipped file (GeoNames data); each
 * is also checked against a fact known independently of it, within a tolerance (Moscow is at about 55.75 N 37.62 E).
 */
class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.shared();
    }

    private static void near(Place place, double latitude, double longitude) {
        assertTrue(place.hasCoordinates(), place + " has coordinates");
        double lat = place.latitude().getAsDouble();
        double lon = place.longitude().getAsDouble();
        // 0.1 degree: about 11 km north-south, less east-west; "within a few kilometres" of a city's centre.
        assertTrue(Math.abs(lat - latitude) < 0.1 && Math.abs(lon - longitude) < 0.1,
                place + " at " + lat + ", " + lon + " is not near " + latitude + ", " + longitude);
    }

    private static Place resolve(String name, String... countries) {
        Optional<Place> place = gazetteer.resolve(name, Set.of(countries));
        assertTrue(place.isPresent(), name + " in " + List.of(countries) + " resolves");
        return place.get();
    }

    @Test
    void holdsCountriesDivisionsAndCities() {
        long countries = gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.COUNTRY).count();
        long divisions = gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.ADMIN1).count();
        long cities = gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.CITY).count();
        assertTrue(countries >= 240 && countries < 300, countries + " countries");
        assertTrue(divisions > 3000, divisions + " divisions");
        assertTrue(cities > 150_000, cities + " cities");
        assertTrue(gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.CITY)
                .allMatch(p -> p.geonameId().isPresent() && p.hasCoordinates()
                        && p.pointSource() == Place.PointSource.PLACE
                        && (p.population() >= 500 || p.featureCode().equals("PPLC")
                            || p.featureCode().equals("PPLA") || p.featureCode().equals("PPLA2"))),
                "every city has an id, a point and its population or is a capital or the seat of a division");
        assertTrue(gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.ADMIN1)
                .allMatch(p -> p.geonameId().isEmpty()), "no id is given to a division: none is packaged");
        assertSame(gazetteer, Gazetteer.shared(), "loaded once");
    }

    @Test
    void moscowIsTheRussianCapital() {
        Place moscow = resolve("Moscow");
        assertEquals(Place.Kind.CITY, moscow.kind());
        assertEquals(524901L, moscow.geonameId().getAsLong());
        assertEquals("RU", moscow.countryCode());
        assertEquals("Russia", moscow.countryName());
        assertTrue(moscow.isCapital(), "PPLC");
        near(moscow, 55.75, 37.62);
        assertEquals(Optional.of("https://sws.geonames.org/524901/"), moscow.geonamesIri());
        assertEquals(Optional.of("POINT(37.61556 55.75222)"), moscow.wkt(), "longitude first, as GeoNames gives it");
        assertTrue(moscow.population() > 10_000_000);
        assertEquals("48", moscow.admin1Code());
        assertEquals("Moscow", moscow.admin1Name());
        assertEquals(moscow, resolve("moscow", "RU"));
        assertEquals(moscow, resolve("Moskva"), "alternate name");
        assertEquals(moscow, resolve("Moscou"), "alternate name");
    }

    @Test
    void aCountrysCapitalIsItsPplcCity() {
        assertEquals(1138958L, gazetteer.capital("af").orElseThrow().geonameId().getAsLong(), "Kabul");
        assertEquals(524901L, gazetteer.capital("RU").orElseThrow().geonameId().getAsLong(), "Moscow");
        assertTrue(gazetteer.capital("XX").isEmpty());
    }

    @Test
    void theContextDecidesWhichMoscow() {
        Place idaho = resolve("Moscow", "US");
        assertEquals("US", idaho.countryCode());
        assertEquals("ID", idaho.admin1Code());
        assertEquals("Idaho", idaho.admin1Name());
        near(idaho, 46.73, -117.00);
        assertEquals("RU", resolve("Moscow", "US", "RU").countryCode(), "both in context: the larger");
        assertEquals("RU", resolve("Moscow", "FR").countryCode(), "none in context: the larger");
    }

    @Test
    void aDistrictSeatWithoutPopulationIsATown() {
        Place chibok = resolve("Chibok", "NG");
        assertEquals(2346076L, chibok.geonameId().getAsLong());
        assertEquals("PPLA2", chibok.featureCode());
        near(chibok, 10.87, 12.85);
    }

    @Test
    void kermanIsInIran() {
        Place kerman = resolve("Kerman", "IR");
        assertEquals(Place.Kind.CITY, kerman.kind());
        assertEquals(128234L, kerman.geonameId().getAsLong());
        assertEquals("IR", kerman.countryCode());
        assertEquals("Iran", kerman.countryName());
        near(kerman, 30.28, 57.08);
        assertEquals("Kerman", kerman.admin1Name());

        // Without context the larger Kerman wins; a text about the United States gets Kerman, California
        // (population 14,475), a town of GeoNames' cities500 that the gazetteer holds.
        assertEquals(kerman, resolve("Kerman"));
        Place california = resolve("Kerman", "US");
        assertEquals("US", california.countryCode());
        assertEquals(5362909L, california.geonameId().getAsLong());

        // The province of the same name is a candidate, but the city wins in its own country.
        List<Place> all = gazetteer.lookup("Kerman");
        assertTrue(all.stream().anyMatch(p -> p.kind() == Place.Kind.ADMIN1 && p.countryCode().equals("IR")));
        Place province = gazetteer.regionOf(kerman).orElseThrow();
        assertEquals(Place.Kind.ADMIN1, province.kind());
        assertEquals("29", province.admin1Code());
        assertEquals(province, resolve("Kerman Province"), "a generic word after a division's name");
        Place mazandaran = resolve("Mazandaran Province");
        assertEquals("Māzandarān", mazandaran.name(), "accents ignored, the division found once");
        assertEquals(mazandaran, resolve("Māzandarān province"));
        assertFalse(province.hasCoordinates(), "no packaged coordinates for divisions");
        assertEquals(Optional.empty(), province.wkt());
        assertEquals(Optional.empty(), province.geonamesIri());
    }

    @Test
    void tiesGoToTheLargerPlace() {
        Place libya = resolve("Tripoli");
        assertEquals("LY", libya.countryCode());
        near(libya, 32.89, 13.19);
        Place lebanon = resolve("Tripoli", "LB");
        assertEquals("LB", lebanon.countryCode());
        near(lebanon, 34.44, 35.84);
        assertTrue(libya.population() > lebanon.population());
        assertEquals(libya, resolve("Tripoli", "LB", "LY"), "both countries in context: the larger");
    }

    @Test
    void cologneIsKoeln() {
        Place cologne = resolve("Cologne");
        assertEquals(2886242L, cologne.geonameId().getAsLong());
        assertEquals("Köln", cologne.name(), "GeoNames' name; the English one is an alternate name");
        assertEquals("DE", cologne.countryCode());
        near(cologne, 50.94, 6.96);
        for (String form : List.of("Köln", "KÖLN", "koln", "Koeln", "cologne")) {
            assertEquals(cologne, resolve(form), form);
        }
        assertEquals(cologne, resolve("Cologne", "DE"));
        assertEquals(5021807L, resolve("Cologne", "US").geonameId().getAsLong(),
                "a text about the United States: Cologne, Minnesota, a town of cities500");
        assertEquals(cologne, resolve("Cologne", "NG"), "no Cologne in the context's country: the far larger one");
    }

    @Test
    void aSmallTownsOwnNameDoesNotBlockALargerCitysAlternateName() {
        Place palmyra = resolve("Palmyra", "SY", "US");
        assertEquals("SY", palmyra.countryCode(), "Tadmur (Palmyra), not Palmyra, Pennsylvania (7,300)");
        assertEquals("US", resolve("Palmyra", "US").countryCode(), "in a text about the United States, the town");
    }

    @Test
    void aPlacesOwnNameWinsOverAnotherPlacesAlternateName() {
        // GeoNames lists "Islamabad" among the alternate names of Chattogram (Bangladesh), a larger city.
        assertTrue(gazetteer.lookup("Islamabad").stream().anyMatch(p -> p.countryCode().equals("BD")));
        Place islamabad = resolve("Islamabad");
        assertEquals("PK", islamabad.countryCode());
        assertTrue(islamabad.isCapital());
        near(islamabad, 33.72, 73.04);
        // ... and "Venice" among those of Dayton, Ohio.
        Place venice = resolve("Venice");
        assertEquals("IT", venice.countryCode());
        near(venice, 45.44, 12.33);
        // A division's own name does not beat a city of its country known by it: Raqqa is the city, Ar Raqqah.
        Place raqqa = resolve("Raqqa", "SY");
        assertEquals(Place.Kind.CITY, raqqa.kind());
        near(raqqa, 35.95, 39.01);
    }

    @Test
    void curatedExonymsNameCitiesOfTheFileByTheirAlternateNames() throws java.io.IOException {
        java.util.Map<String, Long> exonyms = new java.util.LinkedHashMap<>();
        try (var in = Gazetteer.class.getResourceAsStream(Gazetteer.EXONYMS)) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> exonyms.put(line.split("\t")[0], Long.parseLong(line.split("\t")[1])));
        }
        assertFalse(exonyms.isEmpty());
        exonyms.forEach((name, id) -> {
            Place place = gazetteer.places().stream()
                    .filter(p -> p.geonameId().isPresent() && p.geonameId().getAsLong() == id).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " is not in the gazetteer"));
            assertTrue(place.alternateNames().stream().anyMatch(a -> PlaceNames.key(a).equals(PlaceNames.key(name))),
                    name + " is an alternate name of " + place);
            assertEquals(place, resolve(name), name);
        });
        Place odesa = resolve("Odessa");
        assertEquals("UA", odesa.countryCode());
        near(odesa, 46.48, 30.73);
        assertEquals("US", resolve("Odessa", "US").countryCode(), "Odessa, Texas, in a text about the United States");
    }

    @Test
    void parisInTheUnitedStatesIsParisTexas() {
        Place france = resolve("Paris");
        assertEquals("FR", france.countryCode());
        near(france, 48.86, 2.35);
        Place texas = resolve("Paris", "US");
        assertEquals(4717560L, texas.geonameId().getAsLong());
        assertEquals("TX", texas.admin1Code());
        assertEquals("Texas", texas.admin1Name());
        near(texas, 33.66, -95.56);
        assertEquals(Optional.of("POINT(-95.55551 33.66094)"), texas.wkt());
        assertEquals(texas, resolve("Paris", "us"), "codes in any case");
    }

    @Test
    void anUnknownNameGivesNothing() {
        assertEquals(Optional.empty(), gazetteer.resolve("Xqzzyville", Set.of("US")));
        assertEquals(Optional.empty(), gazetteer.resolve("Xqzzyville"));
        assertEquals(List.of(), gazetteer.lookup("Xqzzyville"));
        assertEquals(Optional.empty(), gazetteer.resolve("", Set.of()));
        assertEquals(Optional.empty(), gazetteer.resolve(null, null));
        assertEquals(Optional.empty(), gazetteer.resolve("Khorasan Province"), "no division of that name");
    }

    @Test
    void whatPopulationCannotSettleGivesNothing() {
        assertEquals(Optional.empty(), gazetteer.resolve("Punjab"), "two divisions, in India and Pakistan");
        assertEquals("PK", resolve("Punjab", "PK").countryCode());
        // Hanover: a parish of Jamaica (a division, population unknown) or towns in the United States.
        assertEquals(Optional.empty(), gazetteer.resolve("Hanover"));
        assertEquals("Hannover", resolve("Hanover", "DE").name(), "the context decides");
        // Borno: Borno State (by its name without "State") or Borna in Germany, whose alternate name it is.
        assertEquals(Optional.empty(), gazetteer.resolve("Borno"));
        assertEquals(Place.Kind.ADMIN1, resolve("Borno", "NG").kind());
    }

    /** The checked-in country-geonames.tsv that the gazetteer's build reads: ISO code to GeoNames id. */
    private static Map<String, Long> countryIds() {
        Map<String, Long> ids = new TreeMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/org/conflictkg/geo/country-geonames.tsv")) {
            assertNotNull(in, "country-geonames.tsv is packaged");
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> ids.put(l.split("\t")[0], Long.parseLong(l.split("\t")[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    @Test
    void countriesHaveTheVerifiedGeoNamesIdsAndNoOthers() {
        Map<String, Long> ids = countryIds();
        assertTrue(ids.size() >= 240, ids.size() + " ids");
        assertEquals(ids.size(), Set.copyOf(ids.values()).size(), "no two countries share an id");
        Place afghanistan = gazetteer.countryByName("Afghanistan").orElseThrow();
        assertEquals(ids.get("AF"), afghanistan.geonameId().getAsLong());
        assertEquals(Optional.of("https://sws.geonames.org/" + ids.get("AF") + "/"), afghanistan.geonamesIri());
        List<Place> countries = gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.COUNTRY).toList();
        for (Place country : countries) {
            assertEquals(Optional.ofNullable(ids.get(country.countryCode())),
                    country.geonameId().isPresent() ? Optional.of(country.geonameId().getAsLong()) : Optional.empty(),
                    country + ": the id of country-geonames.tsv, or none when it lists no id");
        }
        long covered = countries.stream().filter(c -> ids.containsKey(c.countryCode())).count();
        assertTrue(covered >= countries.size() - 5, covered + " of " + countries.size() + " countries have an id");
        Set<Long> cityIds = new HashSet<>();
        gazetteer.places().stream().filter(p -> p.kind() == Place.Kind.CITY)
                .forEach(p -> cityIds.add(p.geonameId().getAsLong()));
        for (Map.Entry<String, Long> e : ids.entrySet()) {
            assertFalse(cityIds.contains(e.getValue()), e + " is the id of a city of the gazetteer");
        }
        assertTrue(countries.stream().filter(Place::hasCoordinates)
                .allMatch(c -> c.pointSource() == Place.PointSource.CAPITAL), "a country's point is still its capital's");
    }

    @Test
    void countries() {
        Place russia = gazetteer.country("ru").orElseThrow();
        assertEquals(Place.Kind.COUNTRY, russia.kind());
        assertEquals("Russia", russia.name());
        assertEquals(Place.PointSource.CAPITAL, russia.pointSource(), "placed at its capital, not a centroid");
        near(russia, 55.75, 37.62);
        assertEquals(Optional.of(Place.GEONAMES_NAMESPACE + countryIds().get("RU") + "/"), russia.geonamesIri());
        assertEquals(russia, gazetteer.countryByName("Russian Federation").orElseThrow());
        assertEquals("US", gazetteer.countryByName("the United States").orElseThrow().countryCode());
        assertEquals("US", gazetteer.countryByName("USA").orElseThrow().countryCode());
        assertEquals("IR", gazetteer.countryByName("Persia").orElseThrow().countryCode());
        assertEquals("CI", gazetteer.countryByName("Côte d'Ivoire").orElseThrow().countryCode());
        assertEquals("CI", gazetteer.countryByName("Ivory Coast").orElseThrow().countryCode());
        assertEquals(Optional.empty(), gazetteer.countryByName("Moscow"));
        assertEquals(Optional.empty(), gazetteer.country("ZZ"));

        // A country's name denotes the country, whatever the context: not Lebanon, Tennessee.
        assertEquals(Place.Kind.COUNTRY, resolve("Lebanon", "US").kind());
        assertEquals("GE", resolve("Georgia", "US").countryCode());
        assertEquals(russia, gazetteer.countryOf(resolve("Moscow")).orElseThrow());
    }

    @Test
    void namesFoldCaseAccentsAndPunctuation() {
        assertEquals(PlaceNames.key("Sanaa"), PlaceNames.key("Sana’a"));
        assertEquals(PlaceNames.key("Sanaa"), PlaceNames.key("Sana'a"));
        assertEquals("saint denis", PlaceNames.key(" Saint-Denis "));
        assertEquals(PlaceNames.key("St Louis"), PlaceNames.key("St. Louis"));
        assertEquals("hague", PlaceNames.key("The Hague"));
        assertEquals("koln", PlaceNames.key("KÖLN"));
        assertEquals("strasse", PlaceNames.key("Straße"));
        assertEquals("lodz", PlaceNames.key("Łódź"));
        assertEquals("", PlaceNames.key("  "));
        assertEquals("kerman", PlaceNames.divisionStem("kerman province"));
        assertEquals(null, PlaceNames.divisionStem("province"));
    }
}
