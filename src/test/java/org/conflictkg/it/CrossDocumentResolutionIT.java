package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conflictkg.cli.CliRun;
import org.conflictkg.geo.Gazetteer;
import org.conflictkg.geo.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample and two short texts written for this test, which name the same groups and places differently, give
 * one node per actor and place: ISKP under all its names in every document, ISIL apart from it and linked as its
 * parent, Moscow and Kerman on the map in the right countries, the countries with their GeoNames ids.
 */
class CrossDocumentResolutionIT {

    @TempDir
    static Path dir;

    static String store;
    static Map<String, Map<String, String>> entities = new HashMap<>();
    static List<Map<String, String>> rows = new ArrayList<>();

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store").toString();
        CliRun run = CliRun.kg("ingest", "--store", store, "--date", "2024-05-17", "data/",
                "src/test/resources/resolution/");
        assertEquals(0, run.exitCode(), run::toString);
        CliRun csv = CliRun.kg("export", "--store", store, "--format", "entities-csv");
        List<String> lines = csv.out().lines().toList();
        String[] header = lines.get(0).split(",");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
            entities.put(row.get("entity"), row);
        }
    }

    @Test
    void iskpIsOneRowWithItsAliasesInAllThreeDocuments() {
        Map<String, String> iskp = entities.get("https://w3id.org/conflict-kg/id/group/iskp");
        assertTrue(iskp != null, () -> "no ISKP row in " + entities.keySet());
        assertEquals("crocus-iskp-commentary|kerman-claim|moscow-investigation", iskp.get("documents"));
        for (String alias : List.of("ISIS-K", "IS-K", "ISKP")) {
            assertTrue(("|" + iskp.get("aliases") + "|").contains("|" + alias + "|"), () -> alias + ": " + iskp);
        }
    }

    @Test
    void isilIsAnotherEntityAndIskpIsItsBranch() {
        assertTrue(entities.containsKey("https://w3id.org/conflict-kg/id/group/isil"));
        CliRun ask = CliRun.kg("query", "--store", store, "-e", "ASK { <https://w3id.org/conflict-kg/id/group/iskp> "
                + "<http://www.w3.org/ns/org#subOrganizationOf> <https://w3id.org/conflict-kg/id/group/isil> }");
        assertEquals("yes", ask.out().strip(), ask::toString);
    }

    @Test
    void moscowAndKermanAreOnTheMapInTheirCountries() {
        assertNear("Moscow", "Russia", 55.7558, 37.6173);
        assertNear("Kerman", "Iran", 30.2839, 57.0834);
    }

    @Test
    void countriesHaveTheirGeoNamesIdAndNoPoint() {
        Gazetteer gazetteer = Gazetteer.shared();
        for (String label : List.of("Russia", "Iran")) {
            Map<String, String> country = rows.stream().filter(r -> r.get("label").equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row labelled " + label));
            assertEquals("Country", country.get("type"), country::toString);
            Place place = gazetteer.countryByName(label).orElseThrow();
            assertEquals(Long.toString(countryIds().get(place.countryCode())), country.get("geonames"),
                    country::toString);
            assertEquals("", country.get("latitude"), "a country has no point of its own: " + country);
            assertEquals("", country.get("longitude"), country::toString);
        }
    }

    /** The checked-in country-geonames.tsv: ISO code to GeoNames id. */
    private static Map<String, Long> countryIds() {
        Map<String, Long> ids = new HashMap<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/org/conflictkg/geo/country-geonames.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> ids.put(l.split("\t")[0], Long.parseLong(l.split("\t")[1])));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    @Test
    void noActorOrPlaceIsTwoNodes() {
        Map<String, String> seen = new HashMap<>();
        for (Map<String, String> row : rows) {
            String key = row.get("type") + " " + row.get("label").toLowerCase(Locale.ROOT);
            String earlier = seen.put(key, row.get("entity"));
            assertTrue(earlier == null, () -> key + " is both " + earlier + " and " + row.get("entity"));
        }
    }

    private static void assertNear(String label, String country, double lat, double lon) {
        Map<String, String> place = rows.stream().filter(r -> r.get("label").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row labelled " + label));
        assertEquals(country, place.get("country"), place::toString);
        double dLat = Double.parseDouble(place.get("latitude")) - lat;
        double dLon = (Double.parseDouble(place.get("longitude")) - lon) * Math.cos(Math.toRadians(lat));
        double km = 111.2 * Math.sqrt(dLat * dLat + dLon * dLon);
        assertTrue(km < 5, () -> label + " is " + km + " km from where it is: " + place);
    }
}
