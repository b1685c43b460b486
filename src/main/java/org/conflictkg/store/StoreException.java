package org.conflictkg.store;

/** A store could not be opened, read or written; the message says which store and why, in one line. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with its one-line message. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error with its one-line message. */
    public StoreException(String message) {
        super(message);
    }
}
