package org.conflictkg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conflictkg.query.GraphSummary;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code kg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Show what the store holds.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private LoggingOptions logging;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Tdb2Store store = Tdb2Store.openExisting(storeOptions.store())) {
            GraphSummary s = GraphSummary.of(store.dataset());
            out.printf(Locale.ROOT, "store:     %s (%,d bytes on disk)%n", store.directory(), store.diskBytes());
            out.printf(Locale.ROOT, "documents: %,d%n", s.documents());
            out.printf(Locale.ROOT, "sentences: %,d%n", s.sentences());
            out.printf(Locale.ROOT, "mentions:  %,d%n", s.mentions());
            out.printf(Locale.ROOT, "entities:  %,d (%s)%n", s.entityCount(), IngestCommand.counts(s.entities()));
            out.printf(Locale.ROOT, "events:    %,d (%s)%n", s.eventCount(), IngestCommand.counts(s.events()));
            out.printf(Locale.ROOT, "quads:     %,d%n", s.quads());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
