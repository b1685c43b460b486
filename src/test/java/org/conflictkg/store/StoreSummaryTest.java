package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.query.NamedQueries;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The summary graph the store keeps: what each write leaves there is what a rebuild from all graphs gives. */
class StoreSummaryTest {

    private static final Path REFERENCE_QUERIES = Path.of("src/test/resources/fixtures/queries-without-summary");
    private static final Node ALPHA = NodeFactory.createURI(CKG.ID + "doc/alpha");
    private static final Node NORTHERN_FRONT = NodeFactory.createURI(CKG.ID + "group/northern-front");
    private static final Node KANO = NodeFactory.createURI(CKG.ID + "place/kano");
    private static final String PREFIXES = "PREFIX ckg: <" + CKG.NS + ">\n";

    @TempDir
    Path dir;

    @Test
    void theSummaryOfTheFixtureIsWhatARebuildGives() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            Set<Quad> written = summary(store);
            store.rebuildSummary();
            assertEquals(summary(store), written);
            assertEquals("3 2", mentions(store, NORTHERN_FRONT), "Northern Front: mentions, documents");
            assertEquals("1", placeEvents(store, KANO));
        }
    }

    @Test
    void reingestingADocumentReplacesItsContribution() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            List<Quad> alpha = graph(store, ALPHA);
            Set<Quad> before = summary(store);
            // The same content again: nothing counted twice.
            store.replace(List.of(new DocumentGraph(ALPHA, alpha)));
            assertEquals(before, summary(store));
            // One mention of Northern Front fewer, and the attack no longer in Kano.
            Node dropped = NodeFactory.createURI(CKG.ID + "doc/alpha#char=105,119");
            List<Quad> changed = alpha.stream()
                    .filter(q -> !(q.getPredicate().equals(Vocab.gafDenotedBy) && q.getObject().equals(dropped)))
                    .filter(q -> !q.getPredicate().equals(Vocab.semHasPlace))
                    .toList();
            assertEquals(alpha.size() - 2, changed.size());
            store.replace(List.of(new DocumentGraph(ALPHA, changed)));
            assertEquals("2 2", mentions(store, NORTHERN_FRONT));
            assertEquals("", placeEvents(store, KANO));
            Set<Quad> written = summary(store);
            store.rebuildSummary();
            assertEquals(summary(store), written);
        }
    }

    @Test
    void removingADocumentRemovesItsContribution() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            assertTrue(store.remove(ALPHA));
            assertEquals("1 1", mentions(store, NORTHERN_FRONT));
            assertEquals("", placeEvents(store, KANO));
            Set<Quad> written = summary(store);
            assertTrue(written.stream().noneMatch(q -> q.getObject().equals(ALPHA) || q.getObject().equals(KANO)),
                    () -> "left in the summary: " + written);
            store.rebuildSummary();
            assertEquals(summary(store), written);
        }
    }

    @Test
    void aStoreWithoutASummaryGetsOneWhenOpened() {
        Set<Quad> written;
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            written = summary(store);
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().deleteAny(CKG.SUMMARY_GRAPH, Node.ANY,
                    Node.ANY, Node.ANY));
            assertTrue(summary(store).isEmpty());
        }
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertFalse(written.isEmpty());
            assertEquals(written, summary(store));
        }
    }

    @Test
    void theStoreWithItsSummaryConformsToTheShapes() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            assertTrue(ShapeValidation.validate(store).conforms());
        }
    }

    static Stream<String> rewrittenQueries() throws IOException {
        try (Stream<Path> files = Files.list(REFERENCE_QUERIES)) {
            return files.map(p -> p.getFileName().toString().replace(".rq", "")).sorted().toList().stream();
        }
    }

    /** The named queries that read the summary answer as their versions that counted the document graphs did. */
    @ParameterizedTest
    @MethodSource("rewrittenQueries")
    void aQueryOnTheSummaryAnswersAsItsReferenceOnTheDocumentGraphs(String name) throws IOException {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            String reference = Files.readString(REFERENCE_QUERIES.resolve(name + ".rq"));
            String named = NamedQueries.standard().find(name).orElseThrow();
            List<String> expected = rows(store, reference);
            assertFalse(expected.isEmpty(), name + " gave no rows on the fixture");
            assertEquals(expected, rows(store, named), name);
        }
    }

    /** A group's casualty totals add the figures its attacks give, also when one of its attacks gives none. */
    @Test
    void casualtiesByGroupSumTheFiguresGiven() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            List<String> rows = rows(store, NamedQueries.standard().find("casualties-by-group").orElseThrow());
            assertTrue(rows.stream().anyMatch(r -> r.contains("northern-front") && r.contains("attacks=\"2\"")
                    && r.contains("killed=\"4\"")), () -> rows.toString());
        }
    }

    static Stream<String> latestFirstQueries() {
        return Stream.of("documents", "timeline", "events-by-actor", "arrests-by-authority", "claims-and-blame",
                "claims-and-counterclaims", "foiled-plots");
    }

    /**
     * The queries that choose the latest N from the date index choose what their versions that sorted every
     * candidate chose: on 24 copies of the fixture's documents with dates in different months (every third copy
     * undated), N = 5, so the index leaves most months out.
     */
    @ParameterizedTest
    @MethodSource("latestFirstQueries")
    void aLatestFirstQueryOnTheDateIndexChoosesAsItsReference(String name) throws IOException {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            List<DocumentGraph> copies = new ArrayList<>();
            for (Node doc : store.documentGraphs()) {
                List<Quad> quads = graph(store, doc);
                for (int copy = 1; copy <= 12; copy++) {
                    copies.add(copy(doc, quads, copy));
                }
            }
            store.replace(copies);
            String months = one(store, PREFIXES + "SELECT (STR(COUNT(*)) AS ?v) { GRAPH <" + CKG.SUMMARY_GRAPH
                    .getURI() + "> { ?b ckg:dateIndex \"timeline\" } }");
            assertTrue(Integer.parseInt(months) > 5, "months in the timeline index: " + months);
            String reference = Files.readString(REFERENCE_QUERIES.resolve(name + ".rq")).replace("LIMIT 200",
                    "LIMIT 5");
            String named = NamedQueries.standard().find(name).orElseThrow().replace("LIMIT 200", "LIMIT 5")
                    .replace(">= 200", ">= 5");
            List<String> expected = rows(store, reference);
            assertFalse(expected.isEmpty(), name + " gave no rows");
            assertEquals(expected.stream().sorted().toList(), rows(store, named).stream().sorted().toList(), name);
        }
    }

    /** A copy of a document graph under a new name, its dates moved to month {@code copy}, undated every third. */
    private static DocumentGraph copy(Node doc, List<Quad> quads, int copy) {
        String from = doc.getURI();
        String slug = from.substring(from.lastIndexOf('/') + 1);
        String to = from + "-c" + copy;
        String eventFrom = CKG.ID + "event/" + slug + "/";
        String eventTo = CKG.ID + "event/" + slug + "-c" + copy + "/";
        Node newDoc = NodeFactory.createURI(to);
        List<Quad> result = new ArrayList<>();
        for (Quad q : quads) {
            boolean dated = q.getPredicate().equals(CKG.date) || q.getPredicate().equals(Vocab.dctIssued);
            if (dated && copy % 3 == 0) {
                continue;
            }
            Node o = q.getObject();
            if (dated) {
                o = NodeFactory.createLiteralDT(String.format("20%02d-%02d-15", 10 + copy, 1 + copy % 12),
                        o.getLiteralDatatype());
            }
            result.add(Quad.create(newDoc, rename(q.getSubject(), from, to, eventFrom, eventTo), q.getPredicate(),
                    rename(o, from, to, eventFrom, eventTo)));
        }
        return new DocumentGraph(newDoc, result);
    }

    private static Node rename(Node node, String from, String to, String eventFrom, String eventTo) {
        if (node.isURI() && (node.getURI().equals(from) || node.getURI().startsWith(from + "#"))) {
            return NodeFactory.createURI(to + node.getURI().substring(from.length()));
        }
        if (node.isURI() && node.getURI().startsWith(eventFrom)) {
            return NodeFactory.createURI(eventTo + node.getURI().substring(eventFrom.length()));
        }
        return node;
    }

    /** Rows as text, in the query's order; lists joined by GROUP_CONCAT are sorted (SPARQL gives them no order). */
    private static List<String> rows(Tdb2Store store, String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                ResultSet results = qe.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    StringBuilder text = new StringBuilder();
                    for (String var : results.getResultVars()) {
                        String value = row.contains(var) ? row.get(var).toString() : "";
                        String[] parts = value.split(" \\| ");
                        Arrays.sort(parts);
                        text.append(var).append('=').append(String.join(" | ", parts)).append('\t');
                    }
                    rows.add(text.toString());
                }
            }
            return rows;
        });
    }

    private static Set<Quad> summary(Tdb2Store store) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Set<Quad> quads = new HashSet<>();
            store.datasetGraph().find(CKG.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    private static List<Quad> graph(Tdb2Store store, Node name) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<Quad> quads = new ArrayList<>();
            store.datasetGraph().find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    /** "mentions documents" of the ArmedGroup mention summary of this entity, or "" when there is none. */
    private static String mentions(Tdb2Store store, Node entity) {
        return one(store, PREFIXES + "SELECT (CONCAT(STR(?m), ' ', STR(?d)) AS ?v) { GRAPH <" + CKG.SUMMARY_GRAPH
                .getURI() + "> { ?s a ckg:MentionSummary ; ckg:summaryOf <" + entity.getURI() + "> ; "
                + "ckg:summaryClass ckg:ArmedGroup ; ckg:mentionCount ?m ; ckg:documentCount ?d } }");
    }

    /** The number of events at this place in its summary, or "" when there is none. */
    private static String placeEvents(Tdb2Store store, Node place) {
        return one(store, PREFIXES + "SELECT (STR(?n) AS ?v) { GRAPH <" + CKG.SUMMARY_GRAPH.getURI() + "> { "
                + "?s a ckg:PlaceSummary ; ckg:summaryOf <" + place.getURI() + "> ; ckg:eventCount ?n } }");
    }

    private static String one(Tdb2Store store, String query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                Iterator<QuerySolution> rows = qe.execSelect();
                List<String> values = new ArrayList<>();
                rows.forEachRemaining(r -> values.add(r.getLiteral("v").getLexicalForm()));
                assertTrue(values.size() <= 1, () -> "several summaries: " + values);
                return values.isEmpty() ? "" : values.get(0);
            }
        });
    }
}
