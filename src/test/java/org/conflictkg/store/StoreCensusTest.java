package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.conflictkg.query.GraphSummary;
import org.conflictkg.vocabulary.CKG;
import org.conflictkg.vocabulary.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The census over node ids counts what the SPARQL of {@link GraphSummary} counts. */
class StoreCensusTest {

    @TempDir
    Path dir;

    @Test
    void countsWhatGraphSummaryCounts() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertEquals(new StoreCensus(0, 0, 0, 0, 0), store.census());
            StoreFixture.load(store);
            assertCensusIsSummary(store);
            // An entity typed twice, an event of two types, a class without '#', a document typed in another graph.
            Node g = NodeFactory.createURI(CKG.ID + "doc/extra");
            Node e = NodeFactory.createURI(CKG.ID + "entity/x");
            Node ev = NodeFactory.createURI(CKG.ID + "doc/extra#event");
            Node m = NodeFactory.createURI(CKG.ID + "doc/extra#char=0,1");
            Node type = RDF.type.asNode();
            store.replace(List.of(new DocumentGraph(g, List.of(
                    Quad.create(g, g, type, CKG.Document),
                    Quad.create(g, e, Vocab.gafDenotedBy, m),
                    Quad.create(g, e, type, CKG.Person),
                    Quad.create(g, e, type, NodeFactory.createURI("urn:class:plain")),
                    Quad.create(g, e, type, CKG.Event),
                    Quad.create(g, ev, type, CKG.Event),
                    Quad.create(g, ev, Vocab.semEventType, NodeFactory.createURI(CKG.EVT + "attack")),
                    Quad.create(g, ev, Vocab.semEventType, NodeFactory.createURI(CKG.EVT + "arrest")),
                    Quad.create(g, ev, Vocab.semEventType, NodeFactory.createLiteralString("no slash")),
                    Quad.create(g, NodeFactory.createURI(CKG.ID + "doc/other"), type, CKG.Document)))));
            assertCensusIsSummary(store);
        }
    }

    private static void assertCensusIsSummary(Tdb2Store store) {
        GraphSummary summary = GraphSummary.of(store.dataset());
        StoreCensus census = store.census();
        assertEquals(new StoreCensus(summary.documents(), summary.sentences(), summary.entityCount(),
                summary.eventCount(), summary.quads()), census);
    }
}
