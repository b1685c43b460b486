package org.conflictkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.conflictkg.ontology.Ontology;
import org.conflictkg.store.Tdb2Store;
import org.conflictkg.vocabulary.CKG;
import picocli.CommandLine;

/**
 * The training run of the class-data-sharing archive that {@code ./kg} makes once per build: runs the commands
 * that start most often ({@code query}, {@code export}, {@code stats}) on a small temporary store, so that a JVM
 * started with {@code -XX:ArchiveClassesAtExit} records the classes they load. Prints nothing.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    /** Runs the commands; the exit code is non-zero when one of them failed. */
    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("kg-cds-training-");
        int failed = 0;
        try {
            Path store = work.resolve("store");
            try (Tdb2Store tdb2 = Tdb2Store.open(store)) {
                tdb2.refresh(CKG.ONTOLOGY_GRAPH, Ontology.graph(), Ontology.contentHash());
            }
            String dir = store.toString();
            List<List<String>> runs = List.of(
                    List.of("query", "--store", dir, "-e", "ASK {}"),
                    List.of("query", "--store", dir, "--format", "csv", "timeline"),
                    List.of("export", "--store", dir, "-o", work.resolve("export.ttl").toString()),
                    List.of("export", "--store", dir, "--format", "events-csv", "-o",
                            work.resolve("events.csv").toString()),
                    List.of("stats", "--store", dir));
            for (List<String> run : runs) {
                CommandLine cli = Kg.commandLine(run.toArray(String[]::new));
                cli.setOut(new PrintWriter(Writer.nullWriter()));
                cli.setErr(new PrintWriter(Writer.nullWriter()));
                failed += cli.execute(run.toArray(String[]::new)) == ExitCodes.OK ? 0 : 1;
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
