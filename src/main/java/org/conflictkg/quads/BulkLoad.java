package org.conflictkg.quads;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.store.QuadsLoader;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;

/**
 * {@code kg load}: document graphs written as N-Quads elsewhere (by {@code kg export --format nq}, or by the Spark
 * job) into a store, as {@code kg ingest} would have stored them: every file loaded in one transaction that replaces
 * the graphs it holds and brings the ontology and knowledge base graphs up to date (parsed only when they changed,
 * on a thread of their own while the files load).
 */
public final class BulkLoad {

    private BulkLoad() {
    }

    /** Loads the N-Quads files these paths name into the store. */
    public static QuadsLoader.Report run(Tdb2Store store, List<Path> paths) {
        List<Path> files = QuadFiles.of(paths);
        List<QuadsLoader.Reference> references = List.of(
                reference(store, CKG.ONTOLOGY_GRAPH, Ontology.contentHash(), Ontology::graph),
                reference(store, CKG.KB_GRAPH, KnowledgeBase.shippedContentHash(), KnowledgeBase::shippedGraph));
        return QuadsLoader.load(store, references, files);
    }

    /** A reference graph whose content, when the store holds another version, is parsed in the background now. */
    private static QuadsLoader.Reference reference(Tdb2Store store, Node name, String hash, Supplier<Graph> parse) {
        if (store.contentHash(name).filter(hash::equals).isPresent()) {
            return new QuadsLoader.Reference(name, hash, parse);
        }
        CompletableFuture<Graph> parsed = CompletableFuture.supplyAsync(parse, task -> {
            Thread thread = new Thread(task, "kg-load-" + name.getLocalName());
            thread.setDaemon(true);
            thread.start();
        });
        return new QuadsLoader.Reference(name, hash, parsed::join);
    }
}
