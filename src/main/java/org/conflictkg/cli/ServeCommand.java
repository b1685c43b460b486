package org.conflictkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.conflictkg.server.SparqlServer;
import org.conflictkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg serve}: serves the store read-only over SPARQL until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store read-only with an embedded Fuseki: SPARQL queries and Graph Store reads "
                + "on the dataset /kg. Ctrl-C stops it and closes the store.")
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

    @Override
    public Integer call() throws InterruptedException {
        Tdb2Store store = Tdb2Store.openExisting(storeOptions.store());
        SparqlServer server = SparqlServer.start(store, host, port, Duration.ofSeconds(timeoutSeconds));
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "kg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String scope = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1")
                ? "this machine only" : "OPEN TO THE NETWORK on " + host;
        spec.commandLine().getOut().println("Serving " + store.directory() + " read-only (" + scope + ")");
        spec.commandLine().getOut().println("SPARQL endpoint: " + server.queryUrl());
        spec.commandLine().getOut().println("Press Ctrl-C to stop.");
        spec.commandLine().getOut().flush();
        server.join();
        stopped.await();
        return ExitCodes.OK;
    }
}
