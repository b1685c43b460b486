package org.conflictkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.conflictkg.store.DocumentGraph;

/**
 * Sends graphs to a remote store by the SPARQL 1.1 Graph Store Protocol ({@code /kg/data} of a
 * {@code kg serve --update}, or any store that speaks it) with basic authentication. Graphs go in batches of at most
 * {@link #BATCH_GRAPHS} graphs and {@link #BATCH_BYTES} bytes, one request per graph: the first part of a graph sent
 * in this run replaces the remote graph ({@code PUT}), any later part of it is added ({@code POST}). A batch that
 * fails for a reason that may pass (no connection, a 5xx answer) is sent again, whole, up to {@link #ATTEMPTS}
 * times; both methods are idempotent for graphs without blank nodes, so a repeated request does no harm.
 */
public final class GraphStoreClient {

    /** Graphs per batch, at most. */
    public static final int BATCH_GRAPHS = 32;
    /** Bytes of N-Triples per batch, at most (a single larger graph goes alone). */
    public static final int BATCH_BYTES = 8 * 1024 * 1024;
    /** Attempts at a batch before its graphs are reported as failed. */
    public static final int ATTEMPTS = 3;

    /** The mark of a problem that another attempt would not solve (a 4xx answer). */
    private static final String PERMANENT = "permanent:";

    /** What became of one graph. */
    public record Outcome(Path file, String graph, long quads, boolean sent, int attempts, String problem) {
    }

    /** Told of each graph's outcome as the push goes. */
    public interface Listener {
        /** A graph was sent, or failed. */
        void outcome(Outcome outcome);
    }

    private record Part(Path file, DocumentGraph graph, byte[] body, boolean replace) {
    }

    private final URI endpoint;
    private final PasswordFile.Credentials credentials;
    private final Duration retryPause;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Set<String> started = new HashSet<>();
    private final List<Part> batch = new ArrayList<>();
    private long batchBytes;

    /** A client of the Graph Store endpoint at this URL (the server, its dataset /kg, or the endpoint itself). */
    public GraphStoreClient(URI server, PasswordFile.Credentials credentials, Duration retryPause) {
        this.endpoint = dataEndpoint(server);
        this.credentials = credentials;
        this.retryPause = retryPause;
    }

    /** The Graph Store endpoint for a URL given as the server, its dataset {@code /kg}, or the endpoint itself. */
    static URI dataEndpoint(URI server) {
        if (server.getScheme() == null || !server.getScheme().matches("https?") || server.getHost() == null) {
            throw new IllegalArgumentException("server URL '" + server + "' is not an http(s) address");
        }
        String path = server.getPath() == null ? "" : server.getPath().replaceAll("/+$", "");
        if (path.endsWith("/data")) {
            return server;
        }
        if (!path.endsWith(SparqlServer.DATASET)) {
            path = path + SparqlServer.DATASET;
        }
        return server.resolve(path + "/data");
    }

    /** The Graph Store endpoint this client sends to. */
    public URI endpoint() {
        return endpoint;
    }

    /** Queues one run of a graph's quads read from this file, sending the batch when it is full. */
    public void add(Path file, DocumentGraph graph, Listener listener) {
        Graph triples = GraphFactory.createDefaultGraph();
        for (Quad quad : graph.quads()) {
            triples.add(quad.asTriple());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, triples, Lang.NTRIPLES);
        byte[] bytes = body.toByteArray();
        if (!batch.isEmpty() && (batch.size() >= BATCH_GRAPHS || batchBytes + bytes.length > BATCH_BYTES)) {
            flush(listener);
        }
        batch.add(new Part(file, graph, bytes, started.add(graph.name().getURI())));
        batchBytes += bytes.length;
    }

    /** Sends what is queued. */
    public void flush(Listener listener) {
        if (batch.isEmpty()) {
            return;
        }
        List<Part> pending = new ArrayList<>(batch);
        batch.clear();
        batchBytes = 0;
        String lastProblem = null;
        for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
            if (attempt > 1) {
                pause(attempt);
            }
            List<Part> again = new ArrayList<>();
            for (Part part : pending) {
                String problem = send(part, attempt == ATTEMPTS);
                if (problem == null) {
                    listener.outcome(new Outcome(part.file(), part.graph().name().getURI(),
                            part.graph().quads().size(), true, attempt, null));
                } else if (problem.startsWith(PERMANENT)) {
                    listener.outcome(new Outcome(part.file(), part.graph().name().getURI(),
                            part.graph().quads().size(), false, attempt, problem.substring(PERMANENT.length())));
                } else {
                    again.add(part);
                    lastProblem = problem;
                }
            }
            pending = again;
        }
        for (Part part : pending) {
            listener.outcome(new Outcome(part.file(), part.graph().name().getURI(), part.graph().quads().size(),
                    false, ATTEMPTS, lastProblem + " (after " + ATTEMPTS + " attempts)"));
        }
    }

    private void pause(int attempt) {
        try {
            Thread.sleep(retryPause.toMillis() * (1L << (attempt - 2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while sending graphs to " + endpoint, e);
        }
    }

    /**
     * Sends one part; null when it was stored, a problem worth another attempt, or one marked {@link #PERMANENT}.
     * Refused credentials, a server that takes no writes, and a server that cannot be reached at the last attempt
     * are thrown: no other graph would fare better.
     */
    private String send(Part part, boolean last) {
        URI uri = URI.create(endpoint + "?graph=" + URLEncoder.encode(part.graph().name().getURI(),
                StandardCharsets.UTF_8));
        String token = Base64.getEncoder().encodeToString((credentials.user() + ":" + credentials.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(part.body());
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/n-triples; charset=utf-8")
                .header("Authorization", "Basic " + token)
                .timeout(Duration.ofMinutes(5))
                .method(part.replace() ? "PUT" : "POST", body).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            if (last) {
                throw new ServerException("cannot reach the server at " + endpoint + " (connection refused; is "
                        + "'kg serve --update' running?)", e);
            }
            return "connection refused";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while sending graphs to " + endpoint, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return null;
        }
        if (status == 401 || status == 403) {
            throw new ServerException("the server at " + endpoint + " refused the credentials of user '"
                    + credentials.user() + "' (HTTP " + status + ")");
        }
        if (status == 404 || status == 405) {
            throw new ServerException("the server at " + endpoint + " does not accept graph writes (HTTP " + status
                    + "; start it with 'kg serve --update --passwd FILE')");
        }
        String problem = "HTTP " + status + ": " + firstLine(response.body());
        return status >= 500 || status == 429 || status == 408 ? problem : PERMANENT + problem;
    }

    private static String firstLine(String text) {
        String stripped = text == null ? "" : text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
