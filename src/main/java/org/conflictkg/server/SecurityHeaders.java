package org.conflictkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds the headers that keep the web application's pages safe with text from documents in them: a
 * Content-Security-Policy that allows scripts, styles, images and requests from this server only and no inline
 * script, no plugins, no framing; no content-type sniffing; no referrer sent elsewhere. Fuseki's own query editor,
 * under {@link SparqlServer#EDITOR_PATH}, is a prebuilt application that needs inline styles and gets no policy.
 */
final class SecurityHeaders implements Filter {

    /** The policy of every page but the query editor's. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("X-Content-Type-Options", "nosniff");
        out.setHeader("Referrer-Policy", "no-referrer");
        if (!http.getRequestURI().startsWith(SparqlServer.EDITOR_PATH)) {
            out.setHeader("Content-Security-Policy", POLICY);
        }
        chain.doFilter(request, response);
    }
}
