package org.conflictkg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;

/**
 * The store that query latencies are measured on: document graphs copied from real pipeline output, bulk loaded,
 * with the ontology and the knowledge base. With {@code --work} it is kept and reused by later runs asking for the
 * same number of quads.
 *
 * @param directory where the store is
 * @param reused whether it was kept from an earlier run
 * @param seconds how long making or opening it took
 */
record QueryStore(Path directory, boolean reused, double seconds) {

    /** Makes the store of the options' size in the work directory, or finds the one an earlier run kept. */
    static QueryStore prepare(BenchContext ctx) throws IOException {
        Path dir = ctx.work.resolve("query-store");
        Path loaded = ctx.work.resolve("query-store.loaded");
        String wanted = Long.toString(ctx.options.queryQuads());
        boolean reuse = ctx.options.workDirectory().isPresent() && Files.isRegularFile(loaded)
                && Files.readString(loaded, StandardCharsets.UTF_8).strip().equals(wanted);
        long begin = System.nanoTime();
        if (!reuse) {
            WorkFiles.delete(dir);
            Files.deleteIfExists(loaded);
            Path file = ctx.work.resolve("query-bench.nq");
            ctx.cloner().writeNQuads(file, ctx.options.queryQuads());
            try (Tdb2Store store = Tdb2Store.open(dir)) {
                store.bulkLoad(List.of(file), Tdb2Store.BulkLoader.PHASED);
                store.refresh(CKG.ONTOLOGY_GRAPH, Ontology.graph(), Ontology.contentHash());
                store.refresh(CKG.KB_GRAPH, ctx.kb.graph(), ctx.kb.contentHash());
            }
            Files.deleteIfExists(file);
            Files.writeString(loaded, wanted, StandardCharsets.UTF_8);
        }
        return new QueryStore(dir, reuse, (System.nanoTime() - begin) / 1e9);
    }

    /** Deletes the store unless the run keeps its work directory. */
    void release(BenchContext ctx) {
        if (ctx.options.workDirectory().isEmpty()) {
            WorkFiles.delete(directory);
        }
    }
}
