package org.conflictkg.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.conflictkg.cli.CliRun;
import org.conflictkg.export.GraphExporter;
import org.conflictkg.store.ShapeValidation;
import org.conflictkg.store.Tdb2Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The real pipeline on the bundled sample, through the command line, into a real TDB2 store on disk. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleIngestIT {

    private static final String PREFIXES = """
            PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX gaf: <http://groundedannotationframework.org/gaf#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX evt: <https://w3id.org/conflict-kg/event-type/>
            PREFIX id: <https://w3id.org/conflict-kg/id/>
            """;

    @TempDir
    static Path dir;

    static Path store;
    static CliRun first;

    @BeforeAll
    static void ingest() {
        store = dir.resolve("store");
        first = CliRun.kg("ingest", "--store", store.toString(), "--date", "2024-05-17", "data/");
    }

    @Test
    @Order(1)
    void ingestSucceedsAndSummarises() {
        assertEquals(0, first.exitCode(), first::toString);
        assertTrue(first.out().contains("1 added, 0 replaced, 0 unchanged, 0 failed"), first::toString);
        assertTrue(first.out().contains("The graph now holds 1 documents"), first::toString);
    }

    @Test
    @Order(2)
    void iskpIsOneEntityUnderAllItsNames() {
        List<QuerySolution> rows = select("""
                SELECT ?e (COUNT(?m) AS ?n) (GROUP_CONCAT(DISTINCT ?text; separator="|") AS ?texts) {
                  GRAPH ?g { ?e gaf:denotedBy ?m . ?m nif:anchorOf ?text }
                  FILTER (CONTAINS(LCASE(?text), "khorasan") || ?text = "ISKP")
                } GROUP BY ?e""");
        assertEquals(1, rows.size(), () -> "ISKP mentions spread over " + rows);
        assertEquals("https://w3id.org/conflict-kg/id/group/iskp", rows.get(0).getResource("e").getURI());
        String texts = rows.get(0).getLiteral("texts").getString();
        assertTrue(texts.contains("ISKP") && texts.contains("Islamic State Khorasan Province"), texts);
        assertTrue(rows.get(0).getLiteral("n").getInt() >= 10, "ISKP mentions: " + rows.get(0));
    }

    @Test
    @Order(3)
    void moscowIsAPlace() {
        assertTrue(ask("ASK { GRAPH ?g { ?p a ?c ; skos:prefLabel \"Moscow\"@en } "
                + "FILTER (?c IN (ckg:Place, ckg:City)) }"));
    }

    @Test
    @Order(4)
    void theMoscowAttackHasItsDatePlaceAndPerpetrator() {
        List<QuerySolution> rows = select("""
                SELECT ?e ?date ?killed {
                  GRAPH ?g { ?e sem:eventType evt:attack ; ckg:date ?date ; sem:hasPlace ?moscow ;
                                ckg:perpetrator <https://w3id.org/conflict-kg/id/group/isil> .
                             OPTIONAL { ?e ckg:killed ?killed } }
                  ?moscow skos:prefLabel "Moscow"@en .
                  FILTER (STR(?date) = "2024-03-23")
                }""");
        assertEquals(1, rows.size(), () -> "attacks in Moscow on 2024-03-23 by ISIL: " + rows);
        assertTrue(rows.get(0).contains("killed") && rows.get(0).getLiteral("killed").getInt() == 133,
                () -> "casualties: " + rows.get(0));
    }

    @Test
    @Order(5)
    void theDocumentMarksTheMoscowAttackAsItsMainIncidentAndTheTitlesClaimIsTheBodysClaim() {
        assertTrue(ask("""
                ASK { GRAPH ?g { ?doc ckg:mainEvent ?a . ?a sem:eventType evt:attack ; ckg:date ?d }
                      FILTER (STR(?d) = "2024-03-23") }"""));
        List<QuerySolution> claims = select("""
                SELECT ?c { GRAPH ?g { ?c sem:eventType evt:claim-of-responsibility } }""");
        assertEquals(1, claims.size(), () -> "one claim, with the title's mention: " + claims);
        CliRun csv = CliRun.kg("export", "--store", store.toString(), "--format", "events-csv");
        assertEquals(0, csv.exitCode(), csv::toString);
        assertTrue(csv.out().lines().anyMatch(l -> l.matches(".*,claim.of.responsibility,.*")
                && l.contains("Islamic State")), () -> "the claim row names its claimant: " + csv.out());
    }

    @Test
    @Order(5)
    void theClaimOfResponsibilityPointsAtTheAttack() {
        assertTrue(ask("""
                ASK { GRAPH ?g { ?c sem:eventType evt:claim-of-responsibility ; ckg:claimant <https://w3id.org/conflict-kg/id/group/isil> ;
                                    ckg:claimsResponsibilityFor ?a . ?a sem:eventType evt:attack ; ckg:date ?d }
                      FILTER (STR(?d) = "2024-03-23") }"""));
    }

    @Test
    @Order(6)
    void everyOffsetSlicesTheDocumentText() {
        List<QuerySolution> bad = select("""
                SELECT ?m ?anchor ?b ?e {
                  GRAPH ?g { ?m nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ;
                                nif:referenceContext ?doc . ?doc nif:isString ?text }
                  FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor)
                } LIMIT 5""");
        assertTrue(bad.isEmpty(), () -> "mentions whose offsets do not slice the text: " + bad);
        assertTrue(ask("ASK { GRAPH ?g { ?m nif:beginIndex ?b } }"));
    }

    @Test
    @Order(7)
    void theStoreConformsToTheShapes() {
        try (Tdb2Store s = Tdb2Store.openExisting(store)) {
            ValidationReport report = ShapeValidation.validate(s);
            assertTrue(report.conforms(), () -> report.getEntries().stream().limit(10).toList().toString());
        }
        CliRun validate = CliRun.kg("validate", "--store", store.toString());
        assertEquals(0, validate.exitCode(), validate::toString);
    }

    @Test
    @Order(8)
    void turtleExportParsesBackIsomorphicToTheUnionOfDocumentGraphs() throws Exception {
        Path out = dir.resolve("out.ttl");
        CliRun export = CliRun.kg("export", "--store", store.toString(), "-o", out.toString());
        assertEquals(0, export.exitCode(), export::toString);
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(out).lang(Lang.TURTLE).parse(parsed);
        try (Tdb2Store s = Tdb2Store.openExisting(store)) {
            Graph union = Txn.calculateRead(s.datasetGraph(),
                    () -> GraphExporter.union(s.datasetGraph(), s.documentGraphs()));
            assertTrue(parsed.size() > 1000, "exported triples: " + parsed.size());
            assertTrue(parsed.isIsomorphicWith(union), "export is not isomorphic to the store's union graph");
        }
    }

    @Test
    @Order(9)
    void reingestingTheSameDocumentChangesNothing() {
        List<Node> before = quads();
        CliRun again = CliRun.kg("ingest", "--store", store.toString(), "--date", "2024-05-17", "data/");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("0 added, 0 replaced, 1 unchanged, 0 failed"), again::toString);
        assertEquals(before, quads());
    }

    @Test
    @Order(10)
    void anotherDateReplacesTheDocumentGraph() {
        CliRun other = CliRun.kg("ingest", "--store", store.toString(), "--date", "2024-06-01", "data/");
        assertEquals(0, other.exitCode(), other::toString);
        assertTrue(other.out().contains("0 added, 1 replaced, 0 unchanged, 0 failed"), other::toString);
        assertTrue(ask("ASK { GRAPH ?g { ?d a ckg:Document ; <http://purl.org/dc/terms/issued> ?date } "
                + "FILTER (STR(?date) = \"2024-06-01\") }"));
        assertFalse(ask("ASK { GRAPH ?g { ?d <http://purl.org/dc/terms/issued> ?date } "
                + "FILTER (STR(?date) = \"2024-05-17\") }"));
    }

    @Test
    @Order(11)
    void withoutADateTheContradictedHeaderIsNotUsedAndTheUserIsTold() throws Exception {
        Path other = dir.resolve("other-store");
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        Files.copy(Path.of("data/crocus-iskp-commentary.txt"), input.resolve("sample.txt"));
        CliRun run = CliRun.kg("ingest", "--store", other.toString(), input.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("dateline 2021-05-17 not used"), run::toString);
        try (Tdb2Store s = Tdb2Store.openExisting(other)) {
            boolean dated2021 = Txn.calculateRead(s.datasetGraph(), () -> {
                try (QueryExecution q = QueryExecution.dataset(s.dataset()).query(PREFIXES
                        + "ASK { GRAPH ?g { ?e ckg:date ?d } FILTER (STRSTARTS(STR(?d), \"2021\")) }").build()) {
                    return q.execAsk();
                }
            });
            assertFalse(dated2021, "events were dated in 2021 from the contradicted header");
        }
    }

    private static List<Node> quads() {
        try (Tdb2Store s = Tdb2Store.openExisting(store)) {
            return Txn.calculateRead(s.datasetGraph(), () -> {
                Set<String> all = new TreeSet<>();
                s.datasetGraph().find().forEachRemaining(q -> all.add(q.toString()));
                return all.stream().map(org.apache.jena.graph.NodeFactory::createLiteralString).toList();
            });
        }
    }

    private static boolean ask(String query) {
        try (Tdb2Store s = Tdb2Store.openExisting(store)) {
            return Txn.calculateRead(s.datasetGraph(), () -> {
                try (QueryExecution q = QueryExecution.dataset(s.dataset()).query(PREFIXES + query).build()) {
                    return q.execAsk();
                }
            });
        }
    }

    private static List<QuerySolution> select(String query) {
        try (Tdb2Store s = Tdb2Store.openExisting(store)) {
            return Txn.calculateRead(s.datasetGraph(), () -> {
                try (QueryExecution q = QueryExecution.dataset(s.dataset()).query(PREFIXES + query).build()) {
                    ResultSet rs = q.execSelect();
                    List<QuerySolution> rows = new java.util.ArrayList<>();
                    rs.forEachRemaining(rows::add);
                    return rows;
                }
            });
        }
    }
}
