package org.conflictkg.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file format and the rules of resolution, on a small made-up gazetteer. */
class GazetteerFileTest {

    private static final String HEADER = "#kind\tgeonameid\tname\tasciiname\talternatenames\tlatitude\tlongitude\tpoint"
            + "\tfeature_code\tcountry_code\tcountry_name\tadmin1_code\tadmin1_name\tpopulation\n";

    // Made-up places (ids 1 to 4 are not GeoNames'): the rules, not the data, are under test.
    private static final String DATA = "# a comment\n" + HEADER
            + "COUNTRY\t\tAlpha\tAlpha\tAlphaland|AL\t10.5\t20.25\tcapital\t\tAA\tAlpha\t\t\t\n"
            + "COUNTRY\t\tBeta\tBeta\t\t\t\t\t\tBB\tBeta\t\t\t\n"
            + "ADMIN1\t\tNorth Province\tNorth Province\t\t\t\t\t\tAA\tAlpha\t01\tNorth Province\t\n"
            + "ADMIN1\t\tNorth\tNorth\t\t\t\t\t\tBB\tBeta\t07\tNorth\t\n"
            + "CITY\t1\tZürich-Ost\tZurich-Ost\tZee City|Alpha Town\t10.5\t20.25\tplace\tPPLC\tAA\tAlpha\t01"
            + "\tNorth Province\t50000\n"
            + "CITY\t2\tZee\tZee\t\t-1\t-2\tplace\tPPL\tBB\tBeta\t07\tNorth\t20000\n"
            + "CITY\t3\tZee\tZee\tZee City\t3\t4\tplace\tPPL\tAA\tAlpha\t01\tNorth Province\t20000\n"
            + "CITY\t4\tBeta\tBeta\t\t5\t6\tplace\tPPL\tAA\tAlpha\t01\tNorth Province\t900000\n"
            + "CITY\t5\tAlpha Town\tAlpha Town\t\t7\t8\tplace\tPPL\tBB\tBeta\t07\tNorth\t16000\n";

    @TempDir
    Path dir;

    private Gazetteer gazetteer() throws IOException {
        return Gazetteer.load(new ByteArrayInputStream(DATA.getBytes(StandardCharsets.UTF_8)), false);
    }

    @Test
    void readsEveryColumn() throws IOException {
        Gazetteer g = gazetteer();
        assertEquals(9, g.size());
        Place city = g.lookup("zurich ost").get(0);
        assertEquals(new Place(Place.Kind.CITY, OptionalLong.of(1), "Zürich-Ost", "Zurich-Ost",
                List.of("Zee City", "Alpha Town"), OptionalDouble.of(10.5), OptionalDouble.of(20.25),
                Place.PointSource.PLACE, "PPLC", "AA", "Alpha", "01", "North Province", 50000), city);
        assertEquals(Optional.of("POINT(20.25 10.5)"), city.wkt());
        assertEquals(Optional.of("https://sws.geonames.org/1/"), city.geonamesIri());
        Place beta = g.country("bb").orElseThrow();
        assertEquals(Place.PointSource.NONE, beta.pointSource());
        assertEquals(Optional.empty(), beta.wkt());
        assertEquals(0, beta.population());
        assertEquals(Optional.of("POINT(-2 -1)"), g.resolve("Zee", Set.of("BB")).orElseThrow().wkt());
    }

    @Test
    void readsGzipFilesAndPlainFiles() throws IOException {
        Path plain = dir.resolve("places.tsv");
        Files.writeString(plain, DATA);
        Path gz = dir.resolve("places.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(DATA.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(9, Gazetteer.load(plain).size());
        assertEquals(9, Gazetteer.load(gz).size());
    }

    @Test
    void rejectsAFileWithoutItsColumns() {
        String noHeader = DATA.replace(HEADER, "");
        assertThrows(IOException.class,
                () -> Gazetteer.load(new ByteArrayInputStream(noHeader.getBytes(StandardCharsets.UTF_8)), false));
        String missing = DATA.replace("\tpopulation\n", "\n");
        assertThrows(IOException.class,
                () -> Gazetteer.load(new ByteArrayInputStream(missing.getBytes(StandardCharsets.UTF_8)), false));
        String badKind = DATA.replace("CITY\t4", "TOWN\t4");
        IOException e = assertThrows(IOException.class,
                () -> Gazetteer.load(new ByteArrayInputStream(badKind.getBytes(StandardCharsets.UTF_8)), false));
        assertTrue(e.getMessage().contains("line 10"), e.getMessage());
    }

    @Test
    void resolutionRules() throws IOException {
        Gazetteer g = gazetteer();
        // Equal populations in different countries: no choice without context; the context's one with it.
        assertEquals(Optional.empty(), g.resolve("Zee"));
        assertEquals(2L, g.resolve("Zee", Set.of("BB")).orElseThrow().geonameId().getAsLong());
        // "Zee City": an alternate name of a city of 50,000 and of one of 20,000: the larger.
        assertEquals(1L, g.resolve("Zee City").orElseThrow().geonameId().getAsLong());
        // "Alpha Town": the own name of a town of 16,000, an alternate name of a city of 50,000: the town.
        assertEquals(5L, g.resolve("Alpha Town").orElseThrow().geonameId().getAsLong());
        assertEquals(2, g.lookup("Alpha Town").size());
        // A country's name gives the country, even with a larger city of that name in the context.
        assertEquals(Place.Kind.COUNTRY, g.resolve("Beta", Set.of("AA")).orElseThrow().kind());
        assertEquals("BB", g.countryByName("beta").orElseThrow().countryCode());
        assertEquals("AA", g.countryByName("Alphaland").orElseThrow().countryCode());
        // Two divisions of unknown population: nothing without context.
        assertEquals(Optional.empty(), g.resolve("North"));
        assertEquals("AA", g.resolve("North", Set.of("AA")).orElseThrow().countryCode(),
                "North Province, by its name without the generic word");
        assertEquals("BB", g.resolve("North Region", Set.of("BB")).orElseThrow().countryCode(),
                "North, by its name with a generic word");
        assertEquals(g.admin1("AA", "01"), g.regionOf(g.lookup("Zürich-Ost").get(0)));
    }

    @Test
    void aPlaceHasBothCoordinatesOrNeither() {
        assertThrows(IllegalArgumentException.class, () -> new Place(Place.Kind.CITY, OptionalLong.empty(), "x", "x",
                List.of(), OptionalDouble.of(1), OptionalDouble.empty(), Place.PointSource.PLACE, "", "AA", "", "", "",
                0));
    }
}
