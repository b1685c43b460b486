package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;
import org.junit.jupiter.api.Test;

/** The copy in memory a load into an empty store keeps for the summary: it answers as the store would. */
class LoadedQuadsTest {

    private static final Node G = NodeFactory.createURI("urn:g");
    private static final Node E = NodeFactory.createURI("urn:e");

    /** The fixture's documents, the ontology and the knowledge base, graph by graph. */
    private static List<Quad> fixture() {
        List<Quad> quads = new ArrayList<>();
        Ontology.graph().find().forEachRemaining(t -> quads.add(Quad.create(CKG.ONTOLOGY_GRAPH, t)));
        KnowledgeBase.load().graph().find().forEachRemaining(t -> quads.add(Quad.create(CKG.KB_GRAPH, t)));
        RDFDataMgr.loadDatasetGraph(StoreFixture.TWO_DOCUMENTS.toString()).find().forEachRemaining(quads::add);
        return quads;
    }

    private static Set<Quad> set(Iterator<Quad> quads) {
        Set<Quad> set = new HashSet<>();
        quads.forEachRemaining(set::add);
        return set;
    }

    @Test
    void theSummaryComputedFromTheCopyIsTheOneComputedFromTheStore() {
        List<Quad> quads = fixture();
        DatasetGraph fromStore = DatabaseMgr.createDatasetGraph();
        DatasetGraph fromCopy = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(fromStore, () -> {
            quads.forEach(fromStore::add);
            StoreSummary.rebuild(fromStore);
        });
        Txn.executeWrite(fromCopy, () -> {
            LoadedQuads copy = new LoadedQuads(fromCopy);
            StoreSummary.Keys keys = new StoreSummary.Keys();
            Set<Node> graphs = new HashSet<>();
            for (Quad quad : quads) {
                if (graphs.add(quad.getGraph())) {
                    keys.addLoadedGraph(quad.getGraph());
                }
                keys.addLoaded(quad);
                copy.record(quad);
                fromCopy.add(quad);
            }
            StoreSummary.update(copy, keys);
        });
        Set<Quad> expected = Txn.calculateRead(fromStore,
                () -> set(fromStore.find(CKG.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY)));
        Set<Quad> actual = Txn.calculateRead(fromCopy,
                () -> set(fromCopy.find(CKG.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY)));
        assertTrue(expected.size() > 50, "the fixture has a summary: " + expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void findAnswersAsTheStoreForTheQuadsTheSummaryReads() {
        List<Quad> quads = fixture();
        DatasetGraph reference = DatasetGraphFactory.create();
        LoadedQuads copy = new LoadedQuads(DatasetGraphFactory.create());
        for (Quad quad : quads) {
            copy.record(quad);
            if (StoreSummary.reads(quad)) {
                reference.add(quad);
            }
        }
        int checked = 0;
        for (Quad q : quads) {
            if (!StoreSummary.reads(q)) {
                assertFalse(copy.contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()), q::toString);
                continue;
            }
            Node any = Node.ANY;
            for (Node[] pattern : List.of(new Node[] {any, q.getSubject(), q.getPredicate(), any},
                    new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), any},
                    new Node[] {any, q.getSubject(), any, any}, new Node[] {any, any, q.getPredicate(), q.getObject()},
                    new Node[] {q.getGraph(), any, q.getPredicate(), any})) {
                assertEquals(set(reference.find(pattern[0], pattern[1], pattern[2], pattern[3])),
                        set(copy.find(pattern[0], pattern[1], pattern[2], pattern[3])), () -> List.of(pattern).toString());
            }
            checked++;
        }
        assertTrue(checked > 100, "quads checked: " + checked);
    }

    @Test
    void writesGoToTheCopyAndTheStore() {
        DatasetGraph store = DatasetGraphFactory.create();
        LoadedQuads copy = new LoadedQuads(store);
        Node s = NodeFactory.createURI("urn:s");
        copy.add(CKG.SUMMARY_GRAPH, s, CKG.summaryOf, E);
        copy.add(CKG.SUMMARY_GRAPH, s, CKG.summaryLabel, NodeFactory.createLiteralString("E"));
        assertTrue(store.contains(CKG.SUMMARY_GRAPH, s, CKG.summaryOf, E));
        assertEquals(2, set(copy.find(CKG.SUMMARY_GRAPH, s, Node.ANY, Node.ANY)).size());
        copy.delete(Quad.create(CKG.SUMMARY_GRAPH, s, CKG.summaryOf, E));
        assertFalse(store.contains(CKG.SUMMARY_GRAPH, s, CKG.summaryOf, E));
        assertFalse(copy.contains(Node.ANY, Node.ANY, CKG.summaryOf, E));
        copy.deleteAny(CKG.SUMMARY_GRAPH, s, Node.ANY, Node.ANY);
        assertTrue(store.isEmpty());
        assertFalse(copy.find(Node.ANY, s, Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void aLiteralTdb2StoresByValueIsKeptInItsCanonicalFormOnce() {
        LoadedQuads copy = new LoadedQuads(DatasetGraphFactory.create());
        copy.record(Quad.create(G, E, CKG.killed, NodeFactory.createLiteralDT("07", XSDDatatype.XSDinteger)));
        copy.record(Quad.create(G, E, CKG.killed, NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger)));
        copy.record(Quad.create(G, E, Vocab.skosPrefLabel, NodeFactory.createLiteralString("07")));
        Node seven = NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger);
        assertEquals(Set.of(Quad.create(G, E, CKG.killed, seven)), set(copy.find(G, E, CKG.killed, Node.ANY)));
        assertTrue(copy.contains(G, E, CKG.killed, NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger)));
        assertEquals("07", copy.find(G, E, Vocab.skosPrefLabel, Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
