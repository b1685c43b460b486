package org.conflictkg.cli;

/** The exit codes of every command, in one place. */
public final class ExitCodes {

    /** Everything worked. */
    public static final int OK = 0;
    /** Some inputs failed (the others were ingested), or the store does not conform to the shapes. */
    public static final int SOME_FAILED = 1;
    /** A usage error or bad input: unknown option, bad date, query syntax error, unknown query name. */
    public static final int USAGE = 2;
    /** The store could not be opened, read or written. */
    public static final int STORE = 3;
    /** A server could not be started, reached, or refused the request (kg serve, kg ingest --server). */
    public static final int SERVER = 4;

    private ExitCodes() {
    }
}
