package org.conflictkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.conflictkg.pipeline.StandardPipelineFactory;
import org.conflictkg.server.PasswordFile;
import org.conflictkg.server.ServerOptions;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg serve}: serves the store over SPARQL, with the Fuseki web UI, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store with an embedded Fuseki on the dataset /kg: SPARQL queries, Graph Store "
                + "reads, the web UI at / and the named queries at /queries. Read-only unless --update. "
                + "Ctrl-C stops it and closes the store.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions;

    @Mixin
    private LoggingOptions logging;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 for any).")
    private int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    private String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Stop queries that run longer (default: ${DEFAULT-VALUE} s).")
    private int timeoutSeconds;

    @Option(names = "--update", description = "Accept SPARQL Update, Graph Store writes and documents to ingest "
            + "(kg ingest --server), from the users of --passwd only.")
    private boolean update;

    @Option(names = "--passwd", paramLabel = "FILE",
            description = "Users who may write, one 'user: password' a line (needed by --update).")
    private Path passwd;

    @Option(names = "--allow-service", description = "Let queries call other endpoints with SERVICE (off: any "
            + "user could make this server call any address).")
    private boolean allowService;

    @Option(names = "--cors", paramLabel = "ORIGINS", split = ",",
            description = "Let pages from these origins call the server from a browser (comma-separated, or *). "
                    + "Off by default.")
    private List<String> cors;

    @Option(names = "--max-ingest-mb", defaultValue = "16", paramLabel = "MB",
            description = "Largest ingest request accepted (default: ${DEFAULT-VALUE} MB).")
    private int maxIngestMb;

    @Option(names = "--max-rows", defaultValue = "100000", paramLabel = "N",
            description = "Most solutions a query answers; a larger or missing LIMIT is lowered to it "
                    + "(default: ${DEFAULT-VALUE}).")
    private long maxRows;

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions options = options();
        Tdb2Store store = Tdb2Store.openExisting(storeOptions.store());
        SparqlServer server;
        try {
            server = SparqlServer.start(store, options);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter err = spec.commandLine().getErr();
        Thread hook = new Thread(() -> {
            try {
                server.close();
            } catch (RuntimeException e) {
                err.println("kg: " + e.getMessage());
                err.flush();
            } finally {
                store.close();
                stopped.countDown();
            }
        }, "kg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        printBanner(spec.commandLine().getOut(), store, server);
        server.join();
        stopped.await();
        return ExitCodes.OK;
    }

    private ServerOptions options() {
        if (timeoutSeconds < 1) {
            throw new UserInputException("--timeout must be at least 1 second");
        }
        if (maxIngestMb < 1) {
            throw new UserInputException("--max-ingest-mb must be at least 1");
        }
        if (maxRows < 1) {
            throw new UserInputException("--max-rows must be at least 1");
        }
        if (port < 0 || port > 65535) {
            throw new UserInputException("--port must be between 0 and 65535");
        }
        if (update && passwd == null) {
            throw new UserInputException("--update needs --passwd FILE (lines 'user: password'); passwords are "
                    + "never taken on the command line");
        }
        if (passwd != null && !update) {
            throw new UserInputException("--passwd is only used with --update");
        }
        ServerOptions options = ServerOptions.defaults().withAddress(host, port)
                .withQueryTimeout(Duration.ofSeconds(timeoutSeconds)).withService(allowService)
                .withCors(cors == null ? List.of() : cors.stream().map(String::strip).filter(s -> !s.isEmpty())
                        .toList())
                .withMaxIngestBytes(maxIngestMb * 1024L * 1024L).withMaxRows(maxRows);
        if (update) {
            try {
                PasswordFile.check(passwd);
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
            if (PasswordFile.readableByOthers(passwd)) {
                spec.commandLine().getErr().println("warning: password file " + passwd + " is readable by other "
                        + "users (chmod 600 " + passwd + ")");
            }
            options = options.withUpdate(passwd, new StandardPipelineFactory());
        }
        return options;
    }

    private static void printBanner(PrintWriter out, Tdb2Store store, SparqlServer server) {
        ServerOptions o = server.options();
        String scope = o.loopbackOnly() ? "this machine only"
                : "OPEN TO THE NETWORK on " + o.host() + " (anyone who can reach this address can query the store)";
        out.println("Serving " + store.directory() + (o.allowUpdate() ? " read-write for the users of "
                + o.passwordFile().orElseThrow() : " read-only") + " (" + scope + ")");
        out.println("Web application: " + server.baseUrl());
        out.println("Query editor:    " + server.baseUrl() + SparqlServer.EDITOR_PATH.substring(1));
        out.println("SPARQL endpoint: " + server.queryUrl());
        out.println("Named queries:   " + server.baseUrl() + "queries");
        if (o.allowUpdate()) {
            out.println("Update:          " + server.baseUrl() + "kg/update, " + server.baseUrl() + "kg/data, "
                    + "ingest at " + server.baseUrl() + "kg/ingest (basic authentication)");
        }
        out.println("Limits: queries stopped after " + o.queryTimeout().toSeconds() + " s and at " + o.maxRows()
                + " rows; SERVICE "
                + (o.allowService() ? "ALLOWED" : "off") + "; CORS " + (o.corsOrigins().isEmpty() ? "off"
                        : "for " + Arrays.toString(o.corsOrigins().toArray())));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }
}
