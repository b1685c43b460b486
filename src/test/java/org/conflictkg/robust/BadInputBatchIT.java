package org.conflictkg.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All the bad inputs of issue 7 in one batch through {@code kg ingest}: each handled (one line naming the file and
 * line, or ingested), the rest of the batch ingested, exit code 1, bounded time.
 */
class BadInputBatchIT {

    @TempDir
    Path dir;

    @Test
    void everyBadInputIsHandledAndTheRestOfTheBatchIngested() throws Exception {
        BadInputs.Outcome outcome = BadInputs.run(dir);

        System.out.println(outcome.summary());
        assertTrue(outcome.unhandled().isEmpty(), () -> outcome.summary() + "\n" + outcome.run());
        assertTrue(outcome.seconds() < 240, outcome::summary);
    }
}
