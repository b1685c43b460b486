package org.conflictkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When Ingest writes its batch: at a thousand documents, at 100,000 quads, or when the oldest has waited 10 s. */
class IngestBatchTest {

    @Test
    void aBatchIsWrittenWhenFullOrWhenItsOldestDocumentHasWaitedTenSeconds() {
        Duration young = Duration.ofSeconds(9);
        assertFalse(Ingest.batchDue(1, 100, Duration.ZERO));
        assertFalse(Ingest.batchDue(Ingest.BATCH_DOCUMENTS - 1, Ingest.BATCH_QUADS - 1, young));
        assertTrue(Ingest.batchDue(Ingest.BATCH_DOCUMENTS, 10, young));
        assertTrue(Ingest.batchDue(1, Ingest.BATCH_QUADS, young));
        assertTrue(Ingest.batchDue(1, 10, Ingest.BATCH_AGE));
        assertTrue(Ingest.batchDue(1, 10, Duration.ofMinutes(5)));
    }
}
