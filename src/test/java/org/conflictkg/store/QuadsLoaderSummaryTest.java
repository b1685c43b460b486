package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.vocabulary.CKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary a load leaves, into an empty store (computed from the copy in memory) and beside stored graphs
 * (computed from the store), is what a rebuild from all graphs gives.
 */
class QuadsLoaderSummaryTest {

    private static final Node ALPHA = NodeFactory.createURI(CKG.ID + "doc/alpha");

    @TempDir
    Path dir;

    private static List<QuadsLoader.Reference> references() {
        return List.of(new QuadsLoader.Reference(CKG.ONTOLOGY_GRAPH, Ontology.contentHash(), Ontology::graph),
                new QuadsLoader.Reference(CKG.KB_GRAPH, KnowledgeBase.shippedContentHash(),
                        () -> KnowledgeBase.load().graph()));
    }

    /** The fixture's graphs this filter keeps, written as N-Quads. */
    private Path fixtureFile(String name, Predicate<Node> graphs) throws IOException {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(StoreFixture.TWO_DOCUMENTS.toString());
        DatasetGraph kept = DatasetGraphFactory.create();
        fixture.find().forEachRemaining(q -> {
            if (graphs.test(q.getGraph())) {
                kept.add(q);
            }
        });
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, kept, RDFFormat.NQUADS);
        }
        return file;
    }

    private static Set<Quad> summary(Tdb2Store store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Set<Quad> quads = new HashSet<>();
            dsg.find(CKG.SUMMARY_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            return quads;
        });
    }

    private static void assertRebuildGivesTheSame(Tdb2Store store) {
        Set<Quad> loaded = summary(store);
        store.rebuildSummary();
        Set<Quad> rebuilt = summary(store);
        assertTrue(rebuilt.size() > 50, "a summary: " + rebuilt.size());
        assertEquals(rebuilt, loaded);
    }

    @Test
    void aLoadIntoAnEmptyStoreLeavesTheSummaryARebuildGives() throws IOException {
        Path file = fixtureFile("both.nq", g -> true);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            QuadsLoader.load(store, references(), List.of(file));
            assertRebuildGivesTheSame(store);
        }
    }

    @Test
    void aLoadBesideStoredGraphsCountsThemWithTheLoadedOnes() throws IOException {
        Path alpha = fixtureFile("alpha.nq", ALPHA::equals);
        Path others = fixtureFile("others.nq", g -> !g.equals(ALPHA));
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            QuadsLoader.load(store, references(), List.of(alpha));
            Set<Quad> alphaOnly = summary(store);
            QuadsLoader.load(store, references(), List.of(others));
            assertNotEquals(alphaOnly, summary(store), "the second load changes the summary");
            assertRebuildGivesTheSame(store);
        }
    }

    @Test
    void aFileThatCarriesAReferenceGraphGivesWayToTheProgramsVersionAndLeavesTheSummaryARebuildGives() throws IOException {
        Path file = dir.resolve("with-kb.nq");
        List<Quad> quads = new ArrayList<>();
        KnowledgeBase.load().graph().find().forEachRemaining(t -> quads.add(Quad.create(CKG.KB_GRAPH, t)));
        DatasetGraph kb = DatasetGraphFactory.create();
        quads.subList(0, quads.size() / 2).forEach(kb::add);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, kb, RDFFormat.NQUADS);
        }
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            QuadsLoader.load(store, references(), List.of(fixtureFile("both.nq", g -> true), file));
            assertRebuildGivesTheSame(store);
            DatasetGraph dsg = store.datasetGraph();
            long stored = Txn.calculateRead(dsg, () -> dsg.stream(CKG.KB_GRAPH, null, null, null).count());
            assertEquals(quads.size() + 1, stored, "the program's knowledge base and its hash, not the file's half");
        }
    }
}
