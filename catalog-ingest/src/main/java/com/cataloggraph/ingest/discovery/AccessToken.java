package com.cataloggraph.ingest.discovery;

import java.util.Optional;
import java.util.function.Function;

/**
 * A token read from an environment variable. Its value leaves this class only as a request header:
 * {@link #toString()} names the variable, never the value, so a token cannot reach a log or an
 * error message by accident.
 */
public final class AccessToken {

    private final String variable;
    private final String value;

    private AccessToken(String variable, String value) {
        this.variable = variable;
        this.value = value;
    }

    /** The token in {@code variable}; absent when the variable is unset or blank (anonymous access). */
    public static AccessToken fromEnvironment(String variable) {
        return fromEnvironment(variable, System::getenv);
    }

    static AccessToken fromEnvironment(String variable, Function<String, String> environment) {
        String value = variable == null ? null : environment.apply(variable);
        return new AccessToken(variable, value == null || value.isBlank() ? null : value.strip());
    }

    public boolean present() {
        return value != null;
    }

    /** The environment variable it came from. */
    public String variable() {
        return variable;
    }

    Optional<String> value() {
        return Optional.ofNullable(value);
    }

    @Override
    public String toString() {
        return "AccessToken[" + variable + (value == null ? " unset" : "=****") + "]";
    }
}
