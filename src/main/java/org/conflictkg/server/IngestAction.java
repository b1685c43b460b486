package org.conflictkg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.conflictkg.pipeline.Ingest;
import org.conflictkg.pipeline.IngestReport;
import org.conflictkg.source.Document;
import org.conflictkg.source.DocumentJson;
import org.conflictkg.source.InputProblem;
import org.conflictkg.source.PublicationDate;
import org.conflictkg.source.SourceItem;

/**
 * The ingest endpoint ({@code POST /kg/ingest}, authenticated): runs the standard pipeline in the server process on
 * documents sent in the request body, with the models loaded once and kept. The body is JSON lines
 * ({@code application/x-ndjson}: one {@code {"id", "text", "date", "title", "url"}} object per line, {@code id} and
 * {@code text} required) or one plain text ({@code text/plain}, its id in the {@code id} parameter). The
 * {@code date} parameter is the publication date of documents that carry none. Bodies over the limit are refused
 * with 413. One ingest runs at a time; each document is written in one transaction, so readers never see part of
 * one. The answer is a JSON report: added, replaced, unchanged, failed, problems (with their line) and warnings.
 */
final class IngestAction extends BaseActionREST {

    private final Ingest ingest;
    private final long maxBytes;
    private final ReentrantLock running = new ReentrantLock(true);

    IngestAction(Ingest ingest, long maxBytes) {
        this.ingest = ingest;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpAction action) {
        byte[] body = readBody(action);
        Optional<PublicationDate> date = dateParameter(action);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            ServletOps.errorBadRequest("the body is not UTF-8 text");
            return;
        }
        List<SourceItem> items = items(action, text);
        if (items.isEmpty()) {
            ServletOps.errorBadRequest("no documents in the body");
        }
        IngestReport report = runExclusively(items, date);
        send(action, report);
    }

    @Override
    protected void doOptions(HttpAction action) {
        org.apache.jena.fuseki.servlets.ActionLib.doOptionsPost(action);
        ServletOps.success(action);
    }

    /** Waits for the end of a running ingest before closing the store; false if it did not end in time. */
    boolean awaitIdle(long seconds) throws InterruptedException {
        if (running.tryLock(seconds, TimeUnit.SECONDS)) {
            running.unlock();
            return true;
        }
        return false;
    }

    private IngestReport runExclusively(List<SourceItem> items, Optional<PublicationDate> date) {
        running.lock();
        try {
            return ingest.run(items.iterator(), date, Runtime.getRuntime().availableProcessors(),
                    new Ingest.Listener() {
                        @Override
                        public void read(long bytes) {
                            // progress is not reported over HTTP; the answer carries the totals
                        }

                        @Override
                        public void failed(InputProblem problem) {
                            // collected in the report and sent back with the answer
                        }
                    });
        } finally {
            running.unlock();
        }
    }

    private static Optional<PublicationDate> dateParameter(HttpAction action) {
        String date = action.getRequestParameter("date");
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PublicationDate.parse(date));
        } catch (DateTimeParseException e) {
            ServletOps.errorBadRequest(PublicationDate.problem("date", date, e));
            return Optional.empty();
        }
    }

    private byte[] readBody(HttpAction action) {
        long declared = action.getRequest().getContentLengthLong();
        try (InputStream in = action.getRequest().getInputStream()) {
            if (declared > maxBytes) {
                RefusedBody.discard(in);
                ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body of " + declared
                        + " bytes; the limit is " + maxBytes);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                RefusedBody.discard(in);
                ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over the limit of "
                        + maxBytes + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static List<SourceItem> items(HttpAction action, String body) {
        String type = Optional.ofNullable(action.getRequest().getContentType()).orElse("").toLowerCase();
        List<SourceItem> items = new ArrayList<>();
        if (type.startsWith("text/plain")) {
            String id = action.getRequestParameter("id");
            if (id == null || id.isBlank()) {
                ServletOps.errorBadRequest("a text/plain document needs its id in the 'id' parameter");
            }
            if (body.isBlank()) {
                ServletOps.errorBadRequest("the document is empty");
            }
            items.add(new SourceItem.Read(new Document(id, body, Optional.empty(),
                    Optional.ofNullable(action.getRequestParameter("title")), Optional.empty(), "request"),
                    body.length()));
            return items;
        }
        if (!(type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/json"))) {
            ServletOps.error(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "send application/x-ndjson (one JSON "
                    + "document per line) or text/plain with an 'id' parameter");
        }
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank()) {
                items.add(DocumentJson.parse(line.strip(), "line " + (i + 1)));
            }
        }
        return items;
    }

    private static void send(HttpAction action, IngestReport report) {
        JsonObject json = new JsonObject();
        json.put("added", report.added());
        json.put("replaced", report.replaced());
        json.put("unchanged", report.unchanged());
        json.put("failed", report.failed());
        json.put("sentences", report.sentences());
        json.put("entities", report.entities());
        json.put("events", report.events());
        json.put("quads", report.quads());
        json.put("milliseconds", Math.round(report.seconds() * 1000));
        JsonArray problems = new JsonArray();
        for (InputProblem problem : report.problems()) {
            JsonObject p = new JsonObject();
            p.put("origin", problem.origin());
            p.put("problem", problem.problem());
            problems.add(p);
        }
        json.put("problems", problems);
        JsonArray warnings = new JsonArray();
        report.warnings().forEach(warnings::add);
        json.put("warnings", warnings);
        byte[] bytes = (JSON.toString(json) + "\n").getBytes(StandardCharsets.UTF_8);
        HttpServletResponse response = action.getResponse();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=utf-8");
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send the ingest report", e);
        }
        ServletOps.success(action);
    }
}
