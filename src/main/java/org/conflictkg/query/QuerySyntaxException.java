package org.conflictkg.query;

/** A query that does not parse, with the line and column of the problem. */
public final class QuerySyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** A syntax error at this place. */
    public QuerySyntaxException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** The line of the problem, from 1, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** The column of the problem, from 1, or -1 when unknown. */
    public int column() {
        return column;
    }
}
