package org.conflictkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The web application's page queries parse once filled as the pages fill them, and every list is bounded. */
class AppQueriesTest {

    private static final Map<String, String> TERMS = Map.of(
            "filters", "?event ckg:modality ckg:Completed .",
            "limit", "20", "offset", "40",
            "words", "\"is-k\"",
            "actor", "<https://w3id.org/conflict-kg/id/group/iskp>",
            "event", "<https://w3id.org/conflict-kg/id/event/x/227>",
            "doc", "<https://w3id.org/conflict-kg/id/doc/x>");

    @ParameterizedTest
    @ValueSource(strings = {"active-groups", "actor-companions", "actor-facts", "actor-incidents", "actor-mentions",
        "actor-people", "counts", "document-facts", "document-incidents", "document-spans", "document-text",
        "filter-choices", "incident-evidence", "incident-facts", "incident-roles", "incident-spans",
        "incident-statements", "incidents", "map-points", "search-names", "search-text", "timeline"})
    void eachPageQueryParsesAndIsBounded(String name) {
        String text = AppQueries.text(name).orElseThrow();
        Map<String, String> terms = new HashMap<>();
        TERMS.forEach((key, term) -> {
            if (text.contains("{{" + key + "}}")) {
                terms.put(key, term);
            }
        });
        Query query = QueryFactory.create(AppQueries.fill(name, terms));
        assertTrue(query.hasLimit() || query.toString().contains("LIMIT"), name + " answers an unbounded list");
        assertTrue(text.startsWith("# "), name + " says what it asks in its first line");
    }

    @Test
    void aPlaceWithAnUndatedIncidentStillShowsTheDatesOfItsDatedOnes() {
        Dataset data = DatasetFactory.create();
        RDFParser.fromString("""
                PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX evt: <https://w3id.org/conflict-kg/event-type/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                PREFIX wgs84: <http://www.w3.org/2003/01/geo/wgs84_pos#>
                  <https://example.org/e1> a ckg:Event ; sem:eventType evt:bombing ; sem:hasPlace <https://example.org/kabul> ;
                      ckg:date "2024-03-02"^^xsd:date .
                  <https://example.org/e2> a ckg:Event ; sem:eventType evt:bombing ; sem:hasPlace <https://example.org/kabul> ;
                      ckg:date "2024-01-05"^^xsd:date .
                  <https://example.org/e3> a ckg:Event ; sem:eventType evt:attack ; sem:hasPlace <https://example.org/kabul> .
                  <https://example.org/kabul> wgs84:lat 34.5 ; wgs84:long 69.2 .
                """, Lang.TRIG).parse(data);
        try (QueryExecution exec = QueryExecution.dataset(data)
                .query(AppQueries.fill("map-points", Map.of("filters", ""))).build()) {
            QuerySolution row = exec.execSelect().next();
            assertEquals(3, row.getLiteral("incidents").getInt());
            assertEquals("2024-01-05", row.getLiteral("firstDate").getString());
            assertEquals("2024-03-02", row.getLiteral("lastDate").getString());
        }
    }

    @Test
    void aTermLeftUnfilledIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AppQueries.fill("incidents", Map.of("limit", "20")));
        assertTrue(AppQueries.text("no-such-query").isEmpty());
    }
}
