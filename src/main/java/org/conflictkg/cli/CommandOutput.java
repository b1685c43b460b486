package org.conflictkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/** The byte stream over a command's own writer, for library calls that write bytes. */
final class CommandOutput {

    private CommandOutput() {
    }

    /** Runs a writer of bytes against the command's output writer, flushing at the end. */
    static void write(PrintWriter out, BytesWriter action) {
        try (OutputStream stream = WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                .setWriteImmediately(false).get()) {
            action.write(new NonClosing(stream));
            stream.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Something that writes bytes. */
    interface BytesWriter {
        /** Writes to the stream. */
        void write(OutputStream stream) throws IOException;
    }

    /** Keeps library code from closing the command's writer. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
