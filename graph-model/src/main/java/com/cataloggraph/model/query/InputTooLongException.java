package com.cataloggraph.model.query;

/**
 * An input longer than the catalog reads. The message states the sizes and the bound, never the
 * input itself: a 200,000-character name must not come back in the answer, nor go to a log.
 */
public class InputTooLongException extends IllegalArgumentException {

    private final String input;

    /**
     * @param input what was too long, e.g. {@code an entity name or ref}
     * @param size  its size, in {@code unit}s
     * @param max   the most accepted
     * @param unit  {@code characters} or {@code words}
     * @param hint  how to ask instead
     */
    public InputTooLongException(String input, long size, int max, String unit, String hint) {
        super("The " + input + " has " + String.format("%,d", size) + " " + unit + "; at most " + max
                + " are accepted. " + hint);
        this.input = input;
    }

    /** What was too long, e.g. {@code search text}. */
    public String input() {
        return input;
    }
}
