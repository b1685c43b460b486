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
 * job) into a store, as {@code kg ingest} would have stored them: every file loaded in one transaction that replaces
 * the graphs it holds and brings the ontology and knowledge base graphs up to date (parsed only when they changed).
 */
public final class BulkLoad {

    private BulkLoad() {
    }

    /** Loads the N-Quads files these paths name into the store. */
    public static QuadsLoader.Report run(Tdb2Store store, List<Path> paths) {
        List<Path> files = QuadFiles.of(paths);
        List<QuadsLoader.Reference> references = List.of(
                new QuadsLoader.Reference(CKG.ONTOLOGY_GRAPH, Ontology.contentHash(), Ontology::graph),
                new QuadsLoader.Reference(CKG.KB_GRAPH, KnowledgeBase.shippedContentHash(),
                        () -> KnowledgeBase.load().graph()));
        return QuadsLoader.load(store, references, files);
    }
}
