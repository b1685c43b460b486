package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.conflictkg.query.NamedQueries;

/**
 * The named queries of {@code queries/}, offered to users: {@code /queries} lists them (an HTML page for browsers,
 * JSON for {@code Accept: application/json} or {@code ?format=json}) with their title, description, text and links
 * that open each in the query editor or run it; {@code /queries/NAME} is the text of one.
 */
final class NamedQueriesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** One named query with what its header comments say. */
    record Entry(String name, String title, String description, String text) {
    }

    private final transient NamedQueries queries;
    private final String dataset;

    NamedQueriesServlet(NamedQueries queries, String dataset) {
        this.queries = queries;
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (path.isEmpty() || path.equals("/")) {
            List<Entry> entries = entries();
            boolean json = "json".equals(request.getParameter("format")) || (accepts(request, "application/json")
                    && !accepts(request, "text/html"));
            if (json) {
                send(response, "application/json", JSON.toString(json(entries, request.getContextPath())) + "\n");
            } else {
                send(response, "text/html", html(entries, request.getContextPath()));
            }
            return;
        }
        String name = path.substring(1).replaceFirst("\\.rq$", "");
        Optional<String> text = queries.find(name);
        if (text.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no named query '" + name + "'");
            return;
        }
        send(response, accepts(request, "application/sparql-query") ? "application/sparql-query" : "text/plain",
                text.get());
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(type);
    }

    private static void send(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type + ";charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The named queries with their titles and descriptions, in name order. */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String name : queries.names()) {
            queries.find(name).ifPresent(text -> entries.add(new Entry(name, header(text, "title").orElse(name),
                    header(text, "description").orElse(""), text)));
        }
        return entries;
    }

    /** The value of a "# key: value" comment line at the start of a query. */
    static Optional<String> header(String text, String key) {
        for (String line : text.lines().toList()) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            String comment = trimmed.substring(1).strip();
            if (comment.startsWith(key + ":")) {
                return Optional.of(comment.substring(key.length() + 1).strip());
            }
        }
        return Optional.empty();
    }

    private String editorLink(String context, String text) {
        return context + SparqlServer.EDITOR_PATH + "#/dataset" + dataset + "/query?query=" + encode(text);
    }

    private String runLink(String context, String text) {
        return context + dataset + "/sparql?query=" + encode(text);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonArray json(List<Entry> entries, String context) {
        JsonArray array = new JsonArray();
        for (Entry entry : entries) {
            JsonObject object = new JsonObject();
            object.put("name", entry.name());
            object.put("title", entry.title());
            object.put("description", entry.description());
            object.put("query", entry.text());
            object.put("text", context + "/queries/" + entry.name());
            object.put("editor", editorLink(context, entry.text()));
            object.put("results", runLink(context, entry.text()));
            array.add(object);
        }
        return array;
    }

    private String html(List<Entry> entries, String context) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>conflict-kg: named queries</title>
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """);
        page.append("<link rel=\"stylesheet\" href=\"").append(escape(context + "/css/app.css"))
                .append("\"></head><body><main>\n<h1>Named queries</h1>\n");
        page.append("<p>The queries of <code>queries/</code> over the dataset <code>").append(escape(dataset))
                .append("</code>. <a href=\"").append(escape(context + "/")).append("\">Web application</a> &middot; "
                + "<a href=\"").append(escape(context + SparqlServer.EDITOR_PATH)).append("\">Query editor</a>"
                + " &middot; <a href=\"?format=json\">JSON</a></p>\n");
        for (Entry entry : entries) {
            page.append("<h2 id=\"").append(escape(entry.name())).append("\">").append(escape(entry.title()))
                    .append(" <small><code>").append(escape(entry.name())).append("</code></small></h2>\n<p>")
                    .append(escape(entry.description())).append("</p>\n<p><a href=\"")
                    .append(escape(editorLink(context, entry.text()))).append("\">Open in the query editor</a>"
                    + " &middot; <a href=\"").append(escape(runLink(context, entry.text()))).append("\">Results</a>"
                    + " &middot; <a href=\"").append(escape(context + "/queries/" + entry.name()))
                    .append("\">Text</a></p>\n<pre class=\"query\">").append(escape(entry.text())).append("</pre>\n");
        }
        return page.append("</main></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
