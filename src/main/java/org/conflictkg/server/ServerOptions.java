package org.conflictkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.conflictkg.pipeline.Ingest;

/**
 * How a {@link SparqlServer} serves: where it listens, its limits, and whether it accepts writes.
 *
 * @param host the address to listen on (127.0.0.1 for this machine only)
 * @param port the port, 0 for any free one
 * @param queryTimeout queries running longer are stopped
 * @param allowService whether queries may call other endpoints with SERVICE
 * @param corsOrigins origins allowed to call the server from a browser page (CORS); empty for none, "*" for any
 * @param passwordFile the users who may write, in Jetty's realm format ({@code user: password}); required by update
 * @param allowUpdate whether SPARQL Update, Graph Store writes and ingest are on (for authenticated users only)
 * @param maxIngestBytes the largest ingest request body accepted
 * @param maxRows the most solutions a query answers (a larger or missing LIMIT is lowered to it)
 * @param pipeline the pipeline factory for documents sent to the ingest endpoint
 */
public record ServerOptions(String host, int port, Duration queryTimeout, boolean allowService,
        List<String> corsOrigins, Optional<Path> passwordFile, boolean allowUpdate, long maxIngestBytes,
        long maxRows, Optional<Ingest.PipelineFactory> pipeline) {

    /** The default largest ingest request: 16 MiB. */
    public static final long DEFAULT_MAX_INGEST_BYTES = 16L * 1024 * 1024;
    /** The default most solutions a query answers: 100,000. */
    public static final long DEFAULT_MAX_ROWS = 100_000;

    public ServerOptions {
        corsOrigins = List.copyOf(corsOrigins);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
        if (maxIngestBytes < 1) {
            throw new IllegalArgumentException("the ingest request limit must be positive");
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("the row limit must be positive");
        }
        if (allowUpdate && passwordFile.isEmpty()) {
            throw new IllegalArgumentException("update needs a password file (--passwd FILE)");
        }
    }

    /** Read-only on this machine, port 3030, 30 s timeout, no SERVICE, no CORS. */
    public static ServerOptions defaults() {
        return new ServerOptions("127.0.0.1", 3030, Duration.ofSeconds(30), false, List.of(), Optional.empty(),
                false, DEFAULT_MAX_INGEST_BYTES, DEFAULT_MAX_ROWS, Optional.empty());
    }

    /** These options listening on this host and port. */
    public ServerOptions withAddress(String newHost, int newPort) {
        return new ServerOptions(newHost, newPort, queryTimeout, allowService, corsOrigins, passwordFile, allowUpdate,
                maxIngestBytes, maxRows, pipeline);
    }

    /** These options with this query timeout. */
    public ServerOptions withQueryTimeout(Duration timeout) {
        return new ServerOptions(host, port, timeout, allowService, corsOrigins, passwordFile, allowUpdate,
                maxIngestBytes, maxRows, pipeline);
    }

    /** These options with SERVICE calls allowed or not. */
    public ServerOptions withService(boolean allowed) {
        return new ServerOptions(host, port, queryTimeout, allowed, corsOrigins, passwordFile, allowUpdate,
                maxIngestBytes, maxRows, pipeline);
    }

    /** These options with these CORS origins (empty: CORS off). */
    public ServerOptions withCors(List<String> origins) {
        return new ServerOptions(host, port, queryTimeout, allowService, origins, passwordFile, allowUpdate,
                maxIngestBytes, maxRows, pipeline);
    }

    /** These options with writes on for the users of this password file, ingesting with this pipeline. */
    public ServerOptions withUpdate(Path users, Ingest.PipelineFactory factory) {
        return new ServerOptions(host, port, queryTimeout, allowService, corsOrigins, Optional.of(users), true,
                maxIngestBytes, maxRows, Optional.of(factory));
    }

    /** These options with this ingest request limit. */
    public ServerOptions withMaxIngestBytes(long bytes) {
        return new ServerOptions(host, port, queryTimeout, allowService, corsOrigins, passwordFile, allowUpdate,
                bytes, maxRows, pipeline);
    }

    /** These options with this row limit. */
    public ServerOptions withMaxRows(long rows) {
        return new ServerOptions(host, port, queryTimeout, allowService, corsOrigins, passwordFile, allowUpdate,
                maxIngestBytes, rows, pipeline);
    }

    /** Whether the host is this machine only. */
    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
