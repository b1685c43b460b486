package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.conflictkg.vocabulary.CKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes through the store's summarized dataset (as the server's SPARQL Update and Graph Store endpoints make them)
 * leave the summary graph as a rebuild from all graphs gives it, in the same transaction.
 */
class SummarizedDatasetGraphTest {

    private static final Node ALPHA = NodeFactory.createURI(CKG.ID + "doc/alpha");
    private static final Node SUMMARY = CKG.SUMMARY_GRAPH;

    @TempDir
    Path dir;

    @Test
    void graphWritesThroughTheViewKeepTheSummary() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            List<Quad> alpha = graph(store, ALPHA);
            Set<Quad> full = summary(store);
            DatasetGraph dsg = store.summarizedDatasetGraph();
            // As a Graph Store DELETE does it: the graph removed.
            Txn.executeWrite(dsg, () -> dsg.removeGraph(ALPHA));
            Set<Quad> without = summary(store);
            assertNotEquals(full, without);
            assertSummaryIsWhatARebuildGives(store);
            // As a Graph Store PUT does it: the graph's view cleared, then triples added to it.
            Txn.executeWrite(dsg, () -> {
                dsg.getGraph(ALPHA).clear();
                alpha.forEach(q -> dsg.getGraph(ALPHA).add(q.asTriple()));
            });
            assertEquals(full, summary(store));
        }
    }

    @Test
    void aSparqlUpdateKeepsTheSummary() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            Set<Quad> full = summary(store);
            DatasetGraph dsg = store.summarizedDatasetGraph();
            Txn.executeWrite(dsg, () -> UpdateAction.parseExecute("DROP GRAPH <" + ALPHA.getURI() + ">", dsg));
            assertNotEquals(full, summary(store));
            assertSummaryIsWhatARebuildGives(store);
            Txn.executeWrite(dsg, () -> UpdateAction.parseExecute("PREFIX ckg: <" + CKG.NS + ">\n"
                    + "DELETE WHERE { GRAPH ?g { ?event a ckg:Event ; ?p ?o } }", dsg));
            assertSummaryIsWhatARebuildGives(store);
        }
    }

    @Test
    void anAbortedWriteLeavesGraphsAndSummaryAsTheyWere() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            Set<Quad> full = summary(store);
            DatasetGraph dsg = store.summarizedDatasetGraph();
            dsg.begin(TxnType.WRITE);
            dsg.removeGraph(ALPHA);
            dsg.abort();
            dsg.end();
            assertTrue(store.contains(ALPHA));
            assertEquals(full, summary(store));
            // The next transaction does not inherit the aborted one's changes.
            Txn.executeWrite(dsg, () -> dsg.add(Quad.create(NodeFactory.createURI("urn:test:notes"),
                    NodeFactory.createURI("urn:test:a"), NodeFactory.createURI("urn:test:says"),
                    NodeFactory.createLiteralString("hello"))));
            assertEquals(full, summary(store));
        }
    }

    @Test
    void aDirectEditOfTheSummaryIsUndoneAtTheCommit() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreFixture.load(store);
            Set<Quad> full = summary(store);
            DatasetGraph dsg = store.summarizedDatasetGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.getGraph(SUMMARY).clear();
                dsg.add(SUMMARY, NodeFactory.createURI("urn:test:forged"), CKG.eventCount,
                        NodeFactory.createLiteralString("99"));
            });
            assertEquals(full, summary(store));
            Txn.executeWrite(dsg, dsg::clear);
            assertTrue(summary(store).stream().allMatch(q -> q.getPredicate().equals(CKG.summaryVersion)));
            assertFalse(store.contains(ALPHA));
        }
    }

    private static void assertSummaryIsWhatARebuildGives(Tdb2Store store) {
        Set<Quad> kept = summary(store);
        store.rebuildSummary();
        assertEquals(summary(store), kept);
    }

    private static Set<Quad> summary(Tdb2Store store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find(SUMMARY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    private static List<Quad> graph(Tdb2Store store, Node name) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Quad> quads = new ArrayList<>();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }
}
