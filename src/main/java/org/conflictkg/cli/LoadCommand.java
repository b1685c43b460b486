package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictkg.quads.BulkLoad;
import org.conflictkg.store.QuadsFileException;
import org.conflictkg.store.QuadsLoader;
import org.conflictkg.store.StoreCensus;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg load}: bulk-loads document graphs from N-Quads files into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Bulk-load document graphs from N-Quads files (.nq, .nq.gz; directories are read "
                + "recursively), as written by 'kg export --format nq' or 'kg-spark', into the store. Each graph "
                + "replaces the stored graph of the same name; all files load in one transaction.")
final class LoadCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private LoggingOptions logging;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "N-Quads files or directories of them.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2Store store = Tdb2Store.open(storeOptions.store())) {
            QuadsLoader.Report report;
            try {
                report = BulkLoad.run(store, paths);
            } catch (IllegalArgumentException | QuadsFileException e) {
                throw new UserInputException(e.getMessage());
            }
            out.printf(Locale.ROOT, "Loaded into %s in %.1f s%n", store.directory(), report.seconds());
            out.printf(Locale.ROOT, "  %,d files, %,d graphs (%,d new, %,d replaced), %,d quads%n", report.files(),
                    report.graphs(), report.graphs() - report.replaced(), report.replaced(), report.quads());
            StoreCensus summary = report.census();
            out.printf(Locale.ROOT, "The graph now holds %,d documents, %,d sentences, %,d entities, %,d events, "
                    + "%,d quads%n", summary.documents(), summary.sentences(), summary.entities(),
                    summary.events(), summary.quads());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
