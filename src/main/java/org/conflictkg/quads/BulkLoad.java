package org.conflictkg.quads;

import java.nio.file.Path;
import java.util.List;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.store.QuadsLoader;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;

/**
 * {@code kg load}: document graphs written as N-Quads elsewhere (by {@code kg export --format nq}, or by the Spark
 * job) into a store, as {@code kg ingest} would have stored them: the ontology and knowledge base graphs brought up to
 * date, then every file loaded in one transaction that replaces the graphs it holds.
 */
public final class BulkLoad {

    private BulkLoad() {
    }

    /** Loads the N-Quads files these paths name into the store. */
    public static QuadsLoader.Report run(Tdb2Store store, List<Path> paths) {
        List<Path> files = QuadFiles.of(paths);
        store.refresh(CKG.ONTOLOGY_GRAPH, Ontology.graph(), Ontology.contentHash());
        KnowledgeBase kb = KnowledgeBase.load();
        store.refresh(CKG.KB_GRAPH, kb.graph(), kb.contentHash());
        return QuadsLoader.load(store, files);
    }
}
