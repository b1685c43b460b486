package org.conflictkg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Fuseki's SPARQL query operation with bounds. A query sent as the request body ({@code application/sparql-query})
 * or as a form is refused with 413 over {@link #MAX_QUERY_BYTES} (Fuseki alone reads a body of any size into memory
 * and takes forms up to 25 MB; a form sent in chunks is cut at the limit by Jetty, with 400). Every query answers
 * at most {@code maxRows} solutions: a larger or missing LIMIT is lowered to it, so CONSTRUCT and DESCRIBE results,
 * which Fuseki builds in memory, are bounded too. The answer of a query whose LIMIT was lowered carries the header
 * {@value #ROW_LIMIT_HEADER}.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    /** The largest query body accepted: 1 MiB, as for forms. */
    static final int MAX_QUERY_BYTES = 1024 * 1024;
    /** The response header naming the row limit when it lowered the query's LIMIT. */
    static final String ROW_LIMIT_HEADER = "X-Row-Limit";

    private final long maxRows;

    BoundedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public void validate(HttpAction action) {
        String type = String.valueOf(action.getRequestContentType()).toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            refuseDeclaredOverLimit(action);
        }
        try {
            super.validate(action);
        } catch (BadMessageException e) {
            ServletOps.error(e.getCode(), e.getReason());
        }
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.setResponseHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        }
    }

    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        refuseDeclaredOverLimit(action);
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes(MAX_QUERY_BYTES + 1);
            if (body.length > MAX_QUERY_BYTES) {
                RefusedBody.discard(in);
                ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "query over the limit of "
                        + MAX_QUERY_BYTES + " bytes");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the query", e);
        }
        try {
            execute(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString(),
                    action);
        } catch (CharacterCodingException e) {
            ServletOps.errorBadRequest("the query is not UTF-8 text");
        }
    }

    private static void refuseDeclaredOverLimit(HttpAction action) {
        long declared = action.getRequestContentLengthLong();
        if (declared > MAX_QUERY_BYTES) {
            try {
                RefusedBody.discard(action.getRequestInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the request body", e);
            }
            ServletOps.error(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body of " + declared
                    + " bytes; the limit is " + MAX_QUERY_BYTES);
        }
    }
}
