package org.conflictkg.cli;

/** A problem with what the user asked for (a missing query, a bad path), shown as one line, exit code 2. */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
