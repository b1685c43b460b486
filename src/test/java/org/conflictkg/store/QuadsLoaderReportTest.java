package org.conflictkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load's report counts what the store holds once the load is committed, as the store's own census does. */
class QuadsLoaderReportTest {

    @TempDir
    Path dir;

    @Test
    void theReportsCensusIsTheStoresAfterTheLoad() throws IOException {
        Path file = dir.resolve("both.nq");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, RDFDataMgr.loadDatasetGraph(StoreFixture.TWO_DOCUMENTS.toString()),
                    RDFFormat.NQUADS);
        }
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            QuadsLoader.Report first = QuadsLoader.load(store, List.of(file));
            assertEquals(store.census(), first.census());
            assertTrue(first.census().documents() > 0 && first.census().quads() > first.quads(),
                    "the loaded documents and their summary: " + first.census());
            QuadsLoader.Report again = QuadsLoader.load(store, List.of(file));
            assertEquals(first.census(), again.census(), "loading the same graphs again replaces them");
        }
    }
}
