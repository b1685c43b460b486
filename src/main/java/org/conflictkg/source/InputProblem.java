package org.conflictkg.source;

/**
 * An input that could not be read as a document: the place (file, and line where there is one) and the problem.
 *
 * @param origin the file, with ":line" when the problem is on one line of it
 * @param problem what is wrong, in words a user can act on
 */
public record InputProblem(String origin, String problem) {

    /** The one-line message shown to users: "origin: problem". */
    public String message() {
        return origin + ": " + problem;
    }
}
