package org.conflictkg.server;

import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.conflictkg.store.Tdb2Store;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki serving a store read-only as the dataset {@code /kg}: the SPARQL 1.1 query endpoint
 * ({@code /kg/sparql}, also {@code /kg/query} and {@code /kg}) and Graph Store Protocol reads ({@code /kg/get}).
 * The default graph is the union of the stored graphs. Queries are stopped after a timeout.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Starts a server for the store on this host and port (0 for any free port). */
    public static SparqlServer start(Tdb2Store store, String host, int port, Duration queryTimeout) {
        Dataset dataset = store.dataset();
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .add(DATASET, dataset, false)
                .enablePing(true)
                .build();
        if (!loopback) {
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(host.equals("0.0.0.0") || host.equals("*") ? null : host);
                }
            }
        }
        server.start();
        return new SparqlServer(server, host);
    }

    /** The port the server listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** The URL of the SPARQL query endpoint. */
    public String queryUrl() {
        String shown = host.equals("0.0.0.0") || host.equals("*") ? "127.0.0.1" : host;
        if (shown.contains(":")) {
            shown = "[" + shown + "]";
        }
        return "http://" + shown + ":" + port() + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
