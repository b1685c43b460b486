package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the page of Fuseki's query editor (the {@code index.html} of jena-fuseki-ui) on a read-only server: the page
 * as Fuseki ships it, with a link to a stylesheet of ours that hides the editor's links and buttons to add data and to
 * edit graphs (the server would refuse both), and a note above the editor that says why and how to turn them on.
 */
final class ReadOnlyEditorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The note shown above the editor. */
    static final String NOTE = "read-only server: start kg serve --update to add or edit data";
    private static final String HEAD_END = "</head>";
    private static final String APP = "<div id=\"app\">";

    private final String page;

    /** Serves the page of the editor in this classpath folder (ending with "/") linking this stylesheet URL. */
    ReadOnlyEditorPage(String editorFolder, String stylesheet) {
        this.page = readOnly(read(editorFolder + "index.html"), stylesheet);
    }

    /** The page this servlet serves. */
    String page() {
        return page;
    }

    /** The editor's page with a link to this stylesheet at the end of its head and the note before the editor. */
    static String readOnly(String page, String stylesheet) {
        int headEnd = page.indexOf(HEAD_END);
        int app = page.indexOf(APP);
        if (headEnd < 0 || app < headEnd) {
            throw new ServerException("Fuseki's editor page has no " + HEAD_END + " followed by " + APP
                    + "; the read-only notes cannot be added to this version of jena-fuseki-ui");
        }
        return page.substring(0, headEnd) + "<link rel=\"stylesheet\" href=\"" + stylesheet + "\">\n"
                + page.substring(headEnd, app) + "<p class=\"kg-read-only-note\">" + NOTE + "</p>\n"
                + page.substring(app);
    }

    private static String read(String resource) {
        try (InputStream in = ReadOnlyEditorPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ServerException("Fuseki's editor page is missing from the classpath (" + resource + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Fuseki's editor page " + resource, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
