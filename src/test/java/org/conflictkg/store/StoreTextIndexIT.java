package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's full-text index: kept by every write, clean after a replaced or removed graph, built when missing. */
class StoreTextIndexIT {

    private static final Node ALPHA = NodeFactory.createURI(CKG.ID + "doc/alpha");
    private static final Node GAMMA = NodeFactory.createURI(CKG.ID + "doc/gamma");

    @TempDir
    Path dir;

    @Test
    void writesAreFoundByTextQuery() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            assertEquals(List.of(CKG.ID + "doc/alpha"), find(store, "nif:isString", "+police +station"));
            assertEquals(List.of(CKG.ID + "doc/alpha", CKG.ID + "doc/beta"), find(store, "nif:isString", "+northern"));
            assertTrue(find(store, "skos:altLabel", "\"is k\"").contains(CKG.ID + "group/iskp"),
                    "the alias IS-K of the knowledge base");
            List<String> summaries = select(store, "ckg:summaryLabel", "+northern +front");
            assertEquals(1, summaries.size(), "one summary label, not one per document: " + summaries);
            assertTrue(summaries.get(0).startsWith(CKG.ID + "summary/"), summaries.get(0));
            assertEquals(List.of(CKG.ID + "event/alpha/29"), find(store, "rdfs:label", "+armed +kano"));
        }
    }

    @Test
    void aReplacedOrRemovedDocumentLeavesNoStaleEntries() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            List<Quad> alpha = new ArrayList<>();
            Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph()
                    .find(ALPHA, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(alpha::add));
            List<Quad> replaced = new ArrayList<>();
            for (Quad quad : alpha) {
                boolean text = quad.getPredicate().equals(Vocab.nifIsString);
                replaced.add(text ? Quad.create(ALPHA, quad.getSubject(), quad.getPredicate(),
                        NodeFactory.createLiteralString("Flooding closed the harbour of Kano.")) : quad);
            }
            store.replace(List.of(new DocumentGraph(ALPHA, replaced)));
            assertEquals(List.of(), find(store, "nif:isString", "+police +station"), "the old text's words");
            assertEquals(List.of(CKG.ID + "doc/alpha"), find(store, "nif:isString", "harbour"));
            assertEquals(1, hits(store, "nif:isString", "harbour"), "one entry for the document, not two");

            store.remove(ALPHA);
            assertEquals(List.of(), find(store, "nif:isString", "harbour"));
            assertEquals(List.of(), find(store, "rdfs:label", "+armed +kano"), "the removed document's events");
        }
    }

    @Test
    void aStoreWithoutAnIndexGetsOneWhenItOpens() throws IOException {
        StoreFixture.create(dir);
        deleteTree(dir.resolve("text-index"));
        Files.delete(dir.resolve("text-index.version"));
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertEquals(List.of(CKG.ID + "doc/alpha"), find(store, "nif:isString", "+police +station"));
            assertTrue(Files.isRegularFile(dir.resolve("text-index.version")));
        }
    }

    @Test
    void aNewStoreGetsACurrentEmptyIndexThatItsFirstWriteFills() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertTrue(Files.isRegularFile(dir.resolve("text-index.version")));
            assertFalse(Files.exists(dir.resolve("text-index.pending")));
            StoreFixture.load(store);
            assertEquals(List.of(CKG.ID + "doc/alpha"), find(store, "nif:isString", "+police +station"));
        }
    }

    @Test
    void anIndexWithEntriesBesideAnEmptyStoreIsEmptiedWhenItOpens() throws IOException {
        StoreFixture.create(dir);
        deleteTree(dir.resolve("Data-0001"));
        Files.delete(dir.resolve("text-index.version"));
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertEquals(List.of(), find(store, "nif:isString", "+police +station"));
            assertTrue(Files.isRegularFile(dir.resolve("text-index.version")));
        }
    }

    @Test
    void aWriteThatBypassedTheIndexLeavesItPendingAndTheNextOpeningRebuildsIt() {
        StoreFixture.create(dir);
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            // As SPARQL Update or a crash between the two commits would: the store holds what the index does not.
            Txn.executeWrite(store.datasetGraph(), () -> store.datasetGraph().add(GAMMA, GAMMA, Vocab.nifIsString,
                    NodeFactory.createLiteralString("A ferry sank off the coast.")));
            assertEquals(List.of(), find(store, "nif:isString", "ferry"));
            assertTrue(Files.exists(dir.resolve("text-index.pending")));
        }
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertEquals(List.of(GAMMA.getURI()), find(store, "nif:isString", "ferry"));
            assertFalse(Files.exists(dir.resolve("text-index.pending")));
        }
    }

    @Test
    void aBulkLoadIsIndexed() throws IOException {
        Path quads = dir.resolve("fixture.nq");
        try (java.io.OutputStream out = Files.newOutputStream(quads)) {
            org.apache.jena.riot.RDFDataMgr.write(out, org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(
                    StoreFixture.TWO_DOCUMENTS.toString()), org.apache.jena.riot.Lang.NQUADS);
        }
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("loaded"))) {
            QuadsLoader.load(store, List.of(quads));
            assertEquals(List.of(CKG.ID + "doc/alpha"), find(store, "nif:isString", "+police +station"));
            assertFalse(Files.exists(dir.resolve("loaded/text-index.pending")));
        }
    }

    @Test
    void aLoadReindexesItsGraphsAndLeavesTheOthersAsARebuildWould() throws IOException {
        Path quads = dir.resolve("alpha.nq");
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            StoreFixture.load(store);
            DatasetGraph alpha = DatasetGraphFactory.create();
            Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find(ALPHA, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> alpha.add(q.getPredicate().equals(Vocab.nifIsString)
                            ? Quad.create(ALPHA, q.getSubject(), q.getPredicate(),
                                    NodeFactory.createLiteralString("Flooding closed the harbour of Kano."))
                            : q)));
            Node brigade = NodeFactory.createURI(CKG.ID + "group/coastal-brigade");
            alpha.add(GAMMA, brigade, org.apache.jena.vocabulary.RDF.type.asNode(), CKG.ArmedGroup);
            alpha.add(GAMMA, brigade, Vocab.skosPrefLabel, NodeFactory.createLiteralLang("Coastal Brigade", "en"));
            try (OutputStream out = Files.newOutputStream(quads)) {
                RDFDataMgr.write(out, alpha, Lang.NQUADS);
            }
            Path bad = dir.resolve("bad.nq");
            List<String> lines = new ArrayList<>(Files.readAllLines(quads));
            lines.add("<urn:a> <urn:b> \"unterminated <urn:g> .");
            Files.write(bad, lines);
            assertThrows(QuadsFileException.class, () -> QuadsLoader.load(store, List.of(bad)));
            assertEquals(List.of(CKG.ID + "doc/alpha"), find(store, "nif:isString", "+police +station"),
                    "a failed load leaves the index as it was");
            assertEquals(List.of(), find(store, "nif:isString", "harbour"));
            QuadsLoader.load(store, List.of(quads));
            assertEquals(List.of(), find(store, "nif:isString", "+police +station"), "the old text's words");
            assertEquals(1, hits(store, "nif:isString", "harbour"), "one entry for the loaded document");
            assertEquals(List.of(CKG.ID + "doc/beta"), find(store, "nif:isString", "+northern"),
                    "the document the load left alone");
            assertEquals(1, hits(store, "ckg:summaryLabel", "+coastal +brigade"), "the summary of a new entity");
            List<List<String>> loaded = searches(store);
            assertEquals(1, loaded.get(0).size(), "one summary label: " + loaded.get(0));
            assertFalse(Files.exists(dir.resolve("store/text-index.pending")));
            store.rebuildTextIndex();
            assertEquals(searches(store), loaded);
        }
    }

    @Test
    void aQuadRepeatedInALoadHasOneEntry() throws IOException {
        Path first = dir.resolve("first.nq");
        try (OutputStream out = Files.newOutputStream(first)) {
            RDFDataMgr.write(out, RDFDataMgr.loadDatasetGraph(StoreFixture.TWO_DOCUMENTS.toString()), Lang.NQUADS);
        }
        List<String> lines = Files.readAllLines(first);
        String text = lines.stream().filter(l -> l.contains("#isString") && l.contains("police station")).findFirst()
                .orElseThrow();
        List<String> repeated = new ArrayList<>(lines);
        repeated.add(repeated.indexOf(text) + 1, text);
        Files.write(first, repeated);
        Path again = dir.resolve("again.nq");
        Files.write(again, List.of(text, text));
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("loaded"))) {
            QuadsLoader.load(store, List.of(first, again));
            assertEquals(1, hits(store, "nif:isString", "+police +station"),
                    "a text given twice in a row, then twice more after other graphs");
            List<List<String>> loaded = searches(store);
            store.rebuildTextIndex();
            assertEquals(searches(store), loaded);
        }
    }

    private static List<List<String>> searches(Tdb2Store store) {
        return List.of(select(store, "ckg:summaryLabel", "+northern +front"), find(store, "nif:isString", "kano"),
                find(store, "rdfs:label", "+armed +kano"), find(store, "skos:altLabel", "\"is k\""),
                find(store, "nif:isString", "harbour"), find(store, "nif:isString", "+northern"),
                select(store, "ckg:summaryLabel", "+coastal +brigade"));
    }

    @Test
    void aCompletedWriteLeavesNothingPending() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            assertFalse(Files.exists(dir.resolve("text-index.pending")));
            store.compact();
            store.remove(ALPHA);
            assertEquals(List.of(), find(store, "nif:isString", "+police +station"), "written after a compaction");
            assertFalse(Files.exists(dir.resolve("text-index.pending")));
        }
    }

    private static List<String> find(Tdb2Store store, String predicate, String lucene) {
        TreeSet<String> found = new TreeSet<>();
        select(store, predicate, lucene).forEach(found::add);
        return List.copyOf(found);
    }

    private static int hits(Tdb2Store store, String predicate, String lucene) {
        return select(store, predicate, lucene).size();
    }

    private static List<String> select(Tdb2Store store, String predicate, String lucene) {
        String query = "PREFIX text: <http://jena.apache.org/text#>\n"
                + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX ckg: <" + CKG.NS + ">\n"
                + "SELECT ?s { ?s text:query (" + predicate + " '" + lucene.replace("'", "\\'") + "' 100) }";
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> subjects = new ArrayList<>();
            try (QueryExecution execution = QueryExecution.dataset(store.dataset()).query(query).build()) {
                execution.execSelect().forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
            }
            return subjects;
        });
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
