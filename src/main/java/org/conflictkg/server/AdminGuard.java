package org.conflictkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps Fuseki's administration area ({@code /$/}) to what the web UI reads: the server description, the dataset
 * list, statistics, tasks, ping and the query validators. Every other administrative request (adding or deleting
 * datasets, backups, compaction, anything written) is refused with 403, whoever asks: this server's data changes
 * only through the dataset's own authenticated endpoints.
 */
final class AdminGuard implements Filter {

    private static final Set<String> READABLE = Set.of("ping", "server", "datasets", "stats", "tasks");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (allowed(http.getMethod(), adminPath(http))) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        out.setStatus(HttpServletResponse.SC_FORBIDDEN);
        out.setContentType("text/plain;charset=utf-8");
        out.getOutputStream().write(("Forbidden: server administration is off in kg serve; only reading the "
                + "server description, datasets, statistics and tasks is allowed here.\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The path inside the administration area, without the leading "/$/". */
    private static String adminPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith("/$/") ? path.substring(3) : path;
    }

    /** Whether this method on this administration path (relative to "/$/") is let through. */
    static boolean allowed(String method, String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (first.equals("validate")) {
            return READ_METHODS.contains(method) || method.equals("POST");
        }
        return READABLE.contains(first) && READ_METHODS.contains(method);
    }
}
