package org.conflictkg.server;

import java.io.IOException;
import java.io.InputStream;

/**
 * The rest of a request body the server refuses (413), read and dropped before the answer: a connection closed with
 * unread data is reset, and the reset can destroy the answer before the client reads it. At most
 * {@link #DISCARD_LIMIT} bytes are read, through a small buffer, so memory stays bounded whatever the body's size.
 */
final class RefusedBody {

    /** The most of a refused body read and dropped before the answer, in bytes. */
    static final long DISCARD_LIMIT = 64L << 20;

    private RefusedBody() {
    }

    /** Reads and drops what is left of a refused body, up to the limit. */
    static void discard(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long left = DISCARD_LIMIT;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }
}
