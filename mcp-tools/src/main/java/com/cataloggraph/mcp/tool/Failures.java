package com.cataloggraph.mcp.tool;

/**
 * Failures as logs may show them: the stack trace kept, the message cut, so an exception that
 * quotes a 200 KB argument never writes it to the log.
 */
public final class Failures {

    /** The longest message a logged failure keeps. */
    static final int MESSAGE_CHARS = 300;

    private Failures() {
    }

    /** A copy of {@code failure} with the same stack trace and a message of at most {@value #MESSAGE_CHARS} characters. */
    public static RuntimeException shortened(Throwable failure) {
        RuntimeException copy = new RuntimeException(failure.getClass().getName() + ": "
                + TextRendering.shorten(String.valueOf(failure.getMessage()), MESSAGE_CHARS));
        copy.setStackTrace(failure.getStackTrace());
        if (failure.getCause() != null && failure.getCause() != failure) {
            copy.initCause(shortened(failure.getCause()));
        }
        return copy;
    }
}
