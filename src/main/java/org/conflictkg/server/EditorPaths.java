package org.conflictkg.server;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets Fuseki's query editor run under its own path ({@link SparqlServer#EDITOR_PATH}) instead of at {@code /}. The
 * editor addresses the server relative to the page it was loaded from, so from {@code /fuseki/} it asks
 * {@code /fuseki/$/datasets} and {@code /fuseki/kg/sparql}; this handler gives such requests the paths Fuseki
 * answers ({@code /$/datasets}, {@code /kg/sparql}) before any filter or servlet sees them, so every guard and limit
 * applies as for a direct request.
 */
final class EditorPaths extends Handler.Wrapper {

    private final String editor;
    private final String dataset;

    /** Rewrites under this editor path (ending with "/") the requests for the administration area and this dataset. */
    EditorPaths(Handler next, String editor, String dataset) {
        super(next);
        this.editor = editor;
        this.dataset = dataset;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        String rest = path == null || !path.startsWith(editor) ? null : path.substring(editor.length() - 1);
        if (rest != null && (rest.startsWith("/$/") || rest.equals(dataset) || rest.startsWith(dataset + "/"))) {
            HttpURI moved = HttpURI.build(request.getHttpURI()).path(rest).asImmutable();
            return super.handle(new Request.Wrapper(request) {
                @Override
                public HttpURI getHttpURI() {
                    return moved;
                }
            }, response, callback);
        }
        return super.handle(request, response, callback);
    }
}
