package org.conflictkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.conflictkg.kb.KnowledgeBase;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.pipeline.IngestReport;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.query.GraphSummary;
import org.conflictkg.server.IngestClient;
import org.conflictkg.server.PasswordFile;
import org.conflictkg.source.DocumentSource;
import org.conflictkg.source.InputProblem;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kg ingest}: reads documents, extracts entities and events, and stores one graph per document. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest .txt, .md, .html and .jsonl files (directories are read recursively) into the store.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", converter = DateConverter.class,
            description = "Publication date of documents that carry none (YYYY-MM-DD, YYYY-MM or YYYY); relative "
                    + "dates are resolved against it as far as it goes.")
    private PublicationDate date;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotation threads (default: the number of cores, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--profile", description = "Print the time spent in each stage at the end.")
    private boolean profile;

    @Option(names = "--server", paramLabel = "URL",
            description = "Send the documents to a running 'kg serve --update' at this address (for example "
                    + "http://127.0.0.1:3030/) instead of opening the store; it runs the pipeline.")
    private URI server;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "With --server: the user to send as, the first 'user: password' line of this file.")
    private Path passwd;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    private List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new UserInputException("--threads must be at least 1");
        }
        if (server != null) {
            return sendToServer(out, err);
        }
        if (passwd != null) {
            throw new UserInputException("--passwd is only used with --server");
        }
        IngestReport report;
        CountDownLatch closed = new CountDownLatch(1);
        try (Tdb2Store store = Tdb2Store.open(storeOptions.store())) {
            KnowledgeBase kb = KnowledgeBase.load();
            Ingest ingest = new Ingest(store, new StandardPipelineFactory(), kb, Instant::now);
            Thread hook = new Thread(() -> stopCleanly(ingest, closed, err), "kg-ingest-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (ProgressBar bar = progressBar()) {
                report = ingest.run(new Ingest.Options(paths, Optional.ofNullable(date), threads),
                        new Ingest.Listener() {
                            @Override
                            public void read(long bytes) {
                                if (bar != null) {
                                    bar.stepBy(bytes);
                                }
                            }

                            @Override
                            public void failed(InputProblem problem) {
                                err.println("kg: " + problem.message());
                                err.flush();
                            }
                        });
                if (bar != null) {
                    bar.stepTo(bar.getMax());
                }
            } finally {
                if (!ingest.stopped()) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                }
            }
            report.warnings().forEach(w -> err.println("warning: " + w));
            printSummary(out, report, store);
            if (ingest.stopped()) {
                err.println("kg: stopped by a signal after the documents above; each stored document is whole. "
                        + "Run the same command again to ingest the rest.");
            }
        } finally {
            out.flush();
            err.flush();
            closed.countDown();
        }
        if (profile) {
            printProfile(out, report);
        }
        out.flush();
        err.flush();
        return report.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /**
     * On SIGTERM or Ctrl-C: no further document is read, those in progress are finished and written, the store is
     * closed, and only then does the process end (within 60 s).
     */
    private static void stopCleanly(Ingest ingest, CountDownLatch closed, PrintWriter err) {
        ingest.stop();
        try {
            if (!closed.await(60, TimeUnit.SECONDS)) {
                err.println("kg: the ingest did not stop within 60 s; the store's journal will roll back its "
                        + "unfinished write when it next opens");
                err.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int sendToServer(PrintWriter out, PrintWriter err) {
        if (passwd == null) {
            throw new UserInputException("--server needs --passwd FILE (a line 'user: password'); passwords are "
                    + "never taken on the command line");
        }
        IngestClient client;
        try {
            client = new IngestClient(server, PasswordFile.firstUser(passwd));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        IngestReport report;
        try (DocumentSource source = DocumentSource.of(paths)) {
            report = client.send(source, Optional.ofNullable(date), new Ingest.Listener() {
                @Override
                public void read(long bytes) {
                    // no progress bar: the server does the work, its answer comes per batch
                }

                @Override
                public void failed(InputProblem problem) {
                    err.println("kg: " + problem.message());
                    err.flush();
                }
            });
        }
        report.warnings().forEach(w -> err.println("warning: " + w));
        out.printf(Locale.ROOT, "Sent to %s in %.1f s%n", client.endpoint(), report.seconds());
        out.printf(Locale.ROOT, "  documents: %d added, %d replaced, %d unchanged, %d failed%n", report.added(),
                report.replaced(), report.unchanged(), report.failed());
        out.printf(Locale.ROOT, "  this run:  %,d sentences, %,d entities, %,d events, %,d quads%n",
                report.sentences(), report.entities(), report.events(), report.quads());
        out.flush();
        err.flush();
        return report.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private ProgressBar progressBar() {
        if (System.console() == null) {
            return null;
        }
        long files = paths.stream().filter(Files::isDirectory).count() > 0 || paths.size() > 3 ? 4 : paths.size();
        if (files <= 3) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(DocumentSource.totalBytes(paths))
                .setUnit(" KB", 1024).showSpeed().setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }

    private void printSummary(PrintWriter out, IngestReport r, Tdb2Store store) {
        out.printf(Locale.ROOT, "Ingested into %s in %.1f s%n", store.directory(), r.seconds());
        out.printf(Locale.ROOT, "  documents: %d added, %d replaced, %d unchanged, %d failed%s%n", r.added(),
                r.replaced(), r.unchanged(), r.failed(), r.skipped() > 0 ? ", " + r.skipped()
                        + " files of other types skipped" : "");
        out.printf(Locale.ROOT, "  this run:  %,d sentences, %,d tokens, %,d entities, %,d events, %,d quads%n",
                r.sentences(), r.tokens(), r.entities(), r.events(), r.quads());
        GraphSummary summary = GraphSummary.of(store.dataset());
        out.printf(Locale.ROOT, "The graph now holds %,d documents, %,d sentences, %,d entities, %,d events, "
                + "%,d quads%n", summary.documents(), summary.sentences(), summary.entityCount(),
                summary.eventCount(), summary.quads());
        out.println("  entities: " + counts(summary.entities()));
        out.println("  events:   " + counts(summary.events()));
    }

    static String counts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        counts.forEach((k, v) -> text.append(text.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return text.toString();
    }

    private static void printProfile(PrintWriter out, IngestReport r) {
        out.printf(Locale.ROOT, "Profile (%d threads; stage times are added over threads):%n", r.threads());
        out.printf(Locale.ROOT, "  %-12s %8.2f s%n", "model load", r.modelLoadSeconds());
        double stages = r.stageSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> e : r.stageSeconds().entrySet()) {
            out.printf(Locale.ROOT, "  %-12s %8.2f s %5.1f%%%n", e.getKey(), e.getValue(),
                    stages == 0 ? 0 : 100 * e.getValue() / stages);
        }
        out.printf(Locale.ROOT, "  %-12s %8.2f s%n", "store write", r.writeSeconds());
        double work = r.seconds() - r.modelLoadSeconds();
        out.printf(Locale.ROOT, "  throughput   %.0f tokens/s, %.2f documents/s (wall time without model load)%n",
                work > 0 ? r.tokens() / work : 0, work > 0 ? r.processed() / work : 0);
    }
}
