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
 * under {@link SparqlServer#EDITOR_PATH}, is a prebuilt application that needs inline styles: its policy only keeps
 * its requests on this server (its prefix completion would otherwise ask prefix.cc, and nothing may leave an
 * air-gapped analyst's machine).
 */
final class SecurityHeaders implements Filter {

    /** The policy of every page but the query editor's. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    /** The policy of the query editor's pages: requests to this server only. */
    static final String EDITOR_POLICY = "connect-src 'self'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        out.setHeader("X-Content-Type-Options", "nosniff");
        out.setHeader("Referrer-Policy", "no-referrer");
        out.setHeader("Content-Security-Policy", http.getRequestURI().startsWith(SparqlServer.EDITOR_PATH)
                ? EDITOR_POLICY : POLICY);
        chain.doFilter(request, response);
    }
}
