package org.conflictkg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.conflictkg.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every benchmark of {@code kg bench} on a tiny corpus, so that they keep working; no figure is checked. */
class BenchIT {

    @Test
    void everyPartRunsOnATinyCorpus(@TempDir Path work) {
        CliRun run = CliRun.kg("bench", "--documents", "3", "--quads", "5000", "--query-quads", "5000", "--runs",
                "2", "--threads", "2", "--work", work.toString());
        assertEquals(0, run.exitCode(), run::toString);
        for (String heading : new String[] {"== Ingest", "== Store", "== Query", "== Start-up", "== Memory"}) {
            assertTrue(run.out().contains(heading), () -> heading + " missing\n" + run);
        }
        assertTrue(run.out().contains("full/alone"), run::toString);
        assertTrue(run.out().contains("Jena phased loader"), run::toString);
        assertTrue(run.out().contains("tdb2.tdbloader --loader=phased") && run.out().contains("./kg load"),
                run::toString);
        assertTrue(run.out().contains("timeline"), run::toString);
        assertTrue(run.out().contains("peak live after GC"), run::toString);
    }
}
