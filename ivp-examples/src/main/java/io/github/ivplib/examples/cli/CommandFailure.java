package io.github.ivplib.examples.cli;

/**
 * A problem that stops a command before it has a result, with the one line that tells the user.
 */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param message the line for the user, not null
     */
    CommandFailure(String message) {
        super(message);
    }
}
