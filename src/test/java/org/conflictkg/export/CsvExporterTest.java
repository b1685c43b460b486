package org.conflictkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/** The CSV tables over a hand-made document graph. */
class CsvExporterTest {

    private static final Node DOC = NodeFactory.createURI("https://w3id.org/conflict-kg/id/doc/d1");

    /** The prefixes of the TriG fixtures. */
    private static final String PREFIXES = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX id: <https://w3id.org/conflict-kg/id/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX gaf: <http://groundedannotationframework.org/gaf#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private static final String TRIG = """
            id:doc\\/d1 {
              id:doc\\/d1 dct:identifier "d1" ; ckg:mainEvent id:event\\/d1\\/1 .
              id:event\\/d1\\/1 a ckg:Event ;
                  sem:eventType <https://w3id.org/conflict-kg/event-type/armed-assault> ;
                  ckg:modality ckg:Foiled ;
                  ckg:killed 133 ; ckg:killedQualifier "over" ;
                  ckg:wounded 12 ; ckg:woundedQualifier "at least" ;
                  ckg:perpetratorsKilled 2 ;
                  gaf:denotedBy id:m1 .
              id:event\\/d1\\/2 a ckg:Event ; ckg:killed 1 .
              id:actor\\/isil gaf:denotedBy id:m2 ; skos:prefLabel "ISIL" .
              id:role\\/d1\\/10983 a ckg:RoleFact ; gaf:denotedBy id:m3 .
            }
            """;

    private static Dataset dataset() {
        Dataset ds = DatasetFactory.create();
        RDFParser.create().source(new StringReader(PREFIXES + TRIG)).lang(Lang.TRIG).parse(ds);
        return ds;
    }

    /** The lines of the events table of the document d1 of this TriG. */
    private static List<String> eventLines(String trig) {
        Dataset ds = DatasetFactory.create();
        RDFParser.create().source(new StringReader(PREFIXES + trig)).lang(Lang.TRIG).parse(ds);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.events(ds, List.of(DOC), out);
        return lines(out);
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void eventTollsAreIntegersWithTheirQualifiersAndCodesApart() {
        List<String> lines = eventLines(TRIG);
        assertEquals("event,document,type,gtd_attack_type,date,date_precision,place,country,latitude,longitude,"
                + "perpetrators,targets,target_type,killed,wounded,modality,claimed_by,confidence,evidence,"
                + "killed_qualifier,wounded_qualifier,perpetrators_killed,main_event", lines.get(0));
        List<String> first = List.of(lines.get(1).split(",", -1));
        assertEquals(23, first.size());
        assertEquals("armed-assault", first.get(2));
        assertEquals("133", first.get(13));
        assertEquals("12", first.get(14));
        assertEquals("foiled", first.get(15));
        assertEquals(List.of("over", "at least", "2", "true"), first.subList(19, 23));
        List<String> second = List.of(lines.get(2).split(",", -1));
        assertEquals("1", second.get(13));
        assertEquals(List.of("", "", "", "false"), second.subList(19, 23));
    }

    @Test
    void roleFactsAreNotEntities() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.entities(dataset(), List.of(DOC), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains("https://w3id.org/conflict-kg/id/actor/isil,"), csv);
        assertFalse(csv.contains("/id/role/"), csv);
        assertEquals(2, lines(out).size(), csv);
    }

    @Test
    void anEventWithSeveralPlacedPlacesHasOnePointTheOneItsDocumentNamesMost() {
        String trig = """
                id:doc\\/d1 {
                  id:doc\\/d1 dct:identifier "d1" .
                  id:event\\/d1\\/1 a ckg:Event ; sem:hasPlace id:place\\/a , id:place\\/b .
                  id:place\\/a gaf:denotedBy id:m1 ; geo:hasGeometry id:g1 .
                  id:g1 geo:asWKT "POINT(44.39 35.47)"^^geo:wktLiteral .
                  id:place\\/b gaf:denotedBy id:m2 , id:m3 ; geo:hasGeometry id:g2 .
                  id:g2 geo:asWKT "POINT(42.45 36.38)"^^geo:wktLiteral .
                }
                """;
        List<String> lines = eventLines(trig);
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertEquals(List.of("36.38", "42.45"), row.subList(8, 10), lines.get(1));
    }

    @Test
    void anUnlinkedPlaceHasTheCountryItsOwnDocumentGivesNotOneFromAnotherDocument() {
        String trig = """
                id:doc\\/d1 {
                  id:doc\\/d1 dct:identifier "d1" .
                  id:event\\/d1\\/1 a ckg:Event ; sem:hasPlace id:place\\/kolofata .
                  id:place\\/kolofata ckg:country id:country\\/cm .
                  id:country\\/cm skos:prefLabel "Cameroon" .
                }
                id:doc\\/d2 {
                  id:doc\\/d2 dct:identifier "d2" .
                  id:place\\/kolofata ckg:country id:country\\/ng .
                  id:country\\/ng skos:prefLabel "Nigeria" .
                }
                """;
        List<String> lines = eventLines(trig);
        List<String> row = List.of(lines.get(1).split(",", -1));
        assertEquals("Cameroon", row.get(7), lines.get(1));
    }

    @Test
    void theCountryOfAnEventIsInTheCountryColumnNotAmongItsPlaces() {
        String trig = """
                id:doc\\/d1 {
                  id:doc\\/d1 dct:identifier "d1" .
                  id:event\\/d1\\/1 a ckg:Event ; sem:hasPlace id:place\\/bamako , id:country\\/ml .
                  id:event\\/d1\\/2 a ckg:Event ; sem:hasPlace id:country\\/ml .
                  id:place\\/bamako skos:prefLabel "Bamako" ; ckg:country id:country\\/ml .
                  id:country\\/ml a ckg:Country ; skos:prefLabel "Mali" .
                }
                """;
        List<String> lines = eventLines(trig);
        assertEquals(List.of("Bamako", "Mali"), List.of(lines.get(1).split(",", -1)).subList(6, 8),
                lines.get(1));
        assertEquals(List.of("", "Mali"), List.of(lines.get(2).split(",", -1)).subList(6, 8),
                lines.get(2));
    }
}
