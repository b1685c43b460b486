package org.conflictkg.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.pipeline.IngestReport;
import org.conflictkg.source.DocumentJson;
import org.conflictkg.source.InputProblem;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.source.SourceItem;

/**
 * Sends documents to the ingest endpoint of a running server ({@code kg serve --update}), in batches of JSON lines
 * with basic authentication, and adds up the server's reports. Problems found on this side (unreadable files) and
 * on the server's (bad documents) are reported with the document's local origin.
 */
public final class IngestClient {

    /** Bytes of JSON lines per request, at most (a single larger document goes alone). */
    public static final int BATCH_BYTES = 4 * 1024 * 1024;
    /** Documents per request, at most. */
    public static final int BATCH_DOCUMENTS = 32;

    private static final Pattern LINE = Pattern.compile("^line (\\d+)(: )?");

    private final URI endpoint;
    private final PasswordFile.Credentials credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A client of the server at this URL (the server, its dataset or its ingest endpoint). */
    public IngestClient(URI server, PasswordFile.Credentials credentials) {
        this.endpoint = ingestEndpoint(server);
        this.credentials = credentials;
    }

    /** The ingest endpoint for a URL given as the server, its dataset /kg, or the endpoint itself. */
    static URI ingestEndpoint(URI server) {
        if (server.getScheme() == null || !server.getScheme().matches("https?") || server.getHost() == null) {
            throw new IllegalArgumentException("server URL '" + server + "' is not an http(s) address");
        }
        String path = server.getPath() == null ? "" : server.getPath().replaceAll("/+$", "");
        if (path.endsWith("/ingest")) {
            return server;
        }
        if (!path.endsWith(SparqlServer.DATASET)) {
            path = path + SparqlServer.DATASET;
        }
        return server.resolve(path + "/ingest");
    }

    /** The ingest endpoint this client sends to. */
    public URI endpoint() {
        return endpoint;
    }

    /** Sends the documents; a failure to reach the server or a refusal of the whole request is thrown. */
    public IngestReport send(Iterator<SourceItem> items, Optional<PublicationDate> date, Ingest.Listener listener) {
        long start = System.nanoTime();
        Totals totals = new Totals();
        List<SourceItem.Read> batch = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        while (items.hasNext()) {
            SourceItem item = items.next();
            if (item instanceof SourceItem.Failed failed) {
                listener.read(failed.bytes());
                totals.fail(failed.problem(), listener);
                continue;
            }
            SourceItem.Read read = (SourceItem.Read) item;
            read.warnings().forEach(w -> totals.warnings.add(read.document().origin() + ": " + w));
            String line = DocumentJson.toLine(read.document());
            if (!batch.isEmpty() && (body.length() + line.length() > BATCH_BYTES
                    || batch.size() >= BATCH_DOCUMENTS)) {
                post(batch, body.toString(), date, totals, listener);
                batch.clear();
                body.setLength(0);
            }
            batch.add(read);
            body.append(line).append('\n');
        }
        if (!batch.isEmpty()) {
            post(batch, body.toString(), date, totals, listener);
        }
        return new IngestReport(totals.added, totals.replaced, totals.unchanged, totals.problems.size(), 0,
                totals.sentences, 0, totals.entities, totals.events, totals.quads, (System.nanoTime() - start) / 1e9,
                0, 0, Map.of(), 1, totals.problems, totals.warnings);
    }

    private static final class Totals {
        int added;
        int replaced;
        int unchanged;
        long sentences;
        long entities;
        long events;
        long quads;
        final List<InputProblem> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void fail(InputProblem problem, Ingest.Listener listener) {
            problems.add(problem);
            listener.failed(problem);
        }
    }

    private void post(List<SourceItem.Read> batch, String body, Optional<PublicationDate> date, Totals totals,
            Ingest.Listener listener) {
        URI uri = date.map(d -> URI.create(endpoint + "?date=" + URLEncoder.encode(d.toString(),
                StandardCharsets.UTF_8))).orElse(endpoint);
        String token = Base64.getEncoder().encodeToString((credentials.user() + ":" + credentials.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-ndjson; charset=utf-8")
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ServerException("cannot reach the server at " + endpoint + " (connection refused; is "
                    + "'kg serve' running?)", e);
        } catch (IOException e) {
            throw new ServerException("cannot reach the server at " + endpoint + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted while sending documents to " + endpoint, e);
        }
        batch.forEach(read -> listener.read(read.bytes()));
        int status = response.statusCode();
        if (status == 413) {
            for (SourceItem.Read read : batch) {
                totals.fail(new InputProblem(read.document().origin(), "too large for the server ("
                        + firstLine(response.body()) + ")"), listener);
            }
            return;
        }
        if (status == 401 || status == 403) {
            throw new ServerException("the server at " + endpoint + " refused the credentials of user '"
                    + credentials.user() + "' (HTTP " + status + ")");
        }
        if (status == 404 || status == 405) {
            throw new ServerException("the server at " + endpoint + " does not accept documents (HTTP " + status
                    + "; start it with 'kg serve --update --passwd FILE')");
        }
        if (status != 200) {
            throw new ServerException("the server at " + endpoint + " answered HTTP " + status + ": "
                    + firstLine(response.body()));
        }
        JsonObject report = JSON.parse(response.body());
        totals.added += integer(report, "added");
        totals.replaced += integer(report, "replaced");
        totals.unchanged += integer(report, "unchanged");
        totals.sentences += integer(report, "sentences");
        totals.entities += integer(report, "entities");
        totals.events += integer(report, "events");
        totals.quads += integer(report, "quads");
        for (JsonValue value : report.get("problems").getAsArray()) {
            JsonObject problem = value.getAsObject();
            totals.fail(new InputProblem(localOrigin(batch, problem.getString("origin")),
                    problem.getString("problem")), listener);
        }
        for (JsonValue value : report.get("warnings").getAsArray()) {
            totals.warnings.add(localWarning(batch, value.getAsString().value()));
        }
    }

    private static int integer(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value == null ? 0 : value.getAsNumber().value().intValue();
    }

    /** The local origin of the document at "line N" of a batch. */
    private static String localOrigin(List<SourceItem.Read> batch, String origin) {
        Matcher m = LINE.matcher(origin);
        if (m.find()) {
            int line = Integer.parseInt(m.group(1));
            if (line >= 1 && line <= batch.size()) {
                return batch.get(line - 1).document().origin();
            }
        }
        return origin;
    }

    private static String localWarning(List<SourceItem.Read> batch, String warning) {
        Matcher m = LINE.matcher(warning);
        if (m.find() && m.group(2) != null) {
            return localOrigin(batch, warning) + ": " + warning.substring(m.end());
        }
        return warning;
    }

    private static String firstLine(String text) {
        String stripped = text == null ? "" : text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
