package org.conflictkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Serves the files of one classpath folder, read-only: the web application's pages and the front-end libraries of
 * WebJars. The request's path inside the servlet names the file; a folder gives its {@code index.html}. Paths with
 * {@code ..}, {@code \} or an unknown file kind get 404, so nothing outside the folder and nothing but web files is
 * served.
 */
final class ClasspathFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("geojson", "application/geo+json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain;charset=utf-8"));

    private final String folder;
    private final String cacheControl;

    /** Serves the classpath folder (no leading "/", ending with "/"), with this Cache-Control header. */
    ClasspathFiles(String folder, String cacheControl) {
        this.folder = folder;
        this.cacheControl = cacheControl;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.endsWith("/")) {
            path += "index.html";
        }
        String type = TYPES.get(extension(path));
        if (type == null || path.contains("..") || path.contains("\\") || path.contains("//")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(folder + path.substring(1))) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(type);
            response.setHeader("Cache-Control", cacheControl);
            in.transferTo(response.getOutputStream());
        }
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1) : "";
    }
}
