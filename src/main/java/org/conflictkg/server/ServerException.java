package org.conflictkg.server;

/** A server could not be reached, or refused a request; the message says which server and why, in one line. */
public final class ServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its one-line message. */
    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error with its one-line message. */
    public ServerException(String message) {
        super(message);
    }
}
