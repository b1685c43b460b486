package org.conflictkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.vocabulary.CKG;

/** Fills a store with the hand-written fixture graphs, the ontology and the knowledge base, as ingest would. */
public final class StoreFixture {

    /** The fixture of two documents in the shape of the pipeline's output. */
    public static final Path TWO_DOCUMENTS = Path.of("src/test/resources/fixtures/two-documents.trig");

    private StoreFixture() {
    }

    /** Creates a store in this directory holding the fixture; closes it again. */
    public static void create(Path storeDir) {
        try (Tdb2Store store = Tdb2Store.open(storeDir)) {
            load(store);
        }
    }

    /** Loads the fixture into an open store. */
    public static void load(Tdb2Store store) {
        store.refresh(CKG.ONTOLOGY_GRAPH, Ontology.graph(), Ontology.contentHash());
        KnowledgeBase kb = KnowledgeBase.load();
        store.refresh(CKG.KB_GRAPH, kb.graph(), kb.contentHash());
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(TWO_DOCUMENTS.toString());
        List<DocumentGraph> graphs = new ArrayList<>();
        for (Iterator<Node> names = fixture.listGraphNodes(); names.hasNext();) {
            Node name = names.next();
            List<Quad> quads = new ArrayList<>();
            fixture.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            graphs.add(new DocumentGraph(name, quads));
        }
        store.replace(graphs);
    }
}
