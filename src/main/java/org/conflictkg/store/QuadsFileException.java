package org.conflictkg.store;

import java.nio.file.Path;

/** A file of quads could not be read or parsed; the message says where and why, in one line. */
public final class QuadsFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String problem;

    /** The problem with this file. */
    public QuadsFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** What is wrong with the file. */
    public String problem() {
        return problem;
    }
}
