package org.conflictkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Parses an N-Quads file, plain or gzip (a name ending with {@code .gz}), stopping at the first error. The file is
 * read and parsed on a thread of its own, a few chunks ahead of the sink, which still receives every quad on the
 * caller's thread (where a store's write transaction is): on two cores parsing and storing overlap.
 */
public final class QuadsInput {

    /** Quads handed over from the parser's thread at a time. */
    private static final int CHUNK = 10_000;
    /** Chunks the parser may be ahead of the sink. */
    private static final int AHEAD = 4;

    private QuadsInput() {
    }

    /**
     * Parses the file into the sink; a syntax error ("line L, column C: ..."), a read error, or a
     * {@link RiotException} the sink throws is thrown as a {@link QuadsFileException} naming the file.
     */
    public static void parse(Path file, StreamRDF sink) {
        try (InputStream in = open(file)) {
            AsyncParser.of(RDFParser.source(in).lang(Lang.NQUADS).errorHandler(new Strict())).setChunkSize(CHUNK)
                    .setQueueSize(AHEAD).setDaemonMode(true).asyncParseSources(sink);
        } catch (RiotException e) {
            throw new QuadsFileException(file, e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new QuadsFileException(file, "cannot read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Stops at the first error, with its line and column; ignores warnings. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // a warning (an unusual but legal IRI, say) does not stop the reading
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException("line " + line + ", column " + col + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }
}
