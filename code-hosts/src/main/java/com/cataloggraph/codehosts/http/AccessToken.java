package com.cataloggraph.codehosts.http;

import java.util.Map;
import java.util.function.Function;

/**
 * A token read from an environment variable (or given by configuration). Its value leaves this class only as a
 * request header: {@link #toString()} names the variable, never the value, so a token cannot reach a log or an
 * error message by accident.
 */
public final class AccessToken {

    private final String variable;
    private final String value;

    private AccessToken(String variable, String value) {
        this.variable = variable;
        this.value = value == null || value.isBlank() ? null : value.strip();
    }

    /** The token in {@code variable}; absent when the variable is unset or blank (anonymous access). */
    public static AccessToken fromEnvironment(String variable) {
        return fromEnvironment(variable, System::getenv);
    }

    public static AccessToken fromEnvironment(String variable, Function<String, String> environment) {
        return new AccessToken(variable, variable == null ? null : environment.apply(variable));
    }

    /** A token given by configuration; {@code origin} names where it came from, for messages. */
    public static AccessToken of(String origin, String value) {
        return new AccessToken(origin, value);
    }

    public boolean present() {
        return value != null;
    }

    /** The environment variable (or setting) it came from. */
    public String variable() {
        return variable;
    }

    /** The header carrying it, {@code name: prefix + token}; no header when there is no token. */
    public Map<String, String> header(String name, String prefix) {
        return value == null ? Map.of() : Map.of(name, prefix + value);
    }

    @Override
    public String toString() {
        return "AccessToken[" + variable + (value == null ? " unset" : "=****") + "]";
    }
}
