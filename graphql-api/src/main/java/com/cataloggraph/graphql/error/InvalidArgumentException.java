package com.cataloggraph.graphql.error;

/** An argument value the field cannot use, e.g. {@code depth: 9}. */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;
    private final transient Object value;

    public InvalidArgumentException(String argument, Object value, String rule) {
        super("Argument " + argument + " " + rule + ", was " + value);
        this.argument = argument;
        this.value = value;
    }

    public String argument() {
        return argument;
    }

    public Object value() {
        return value;
    }
}
