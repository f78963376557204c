package com.cataloggraph.model.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds Backstage defines. Each is also a Neo4j label beside {@code :Entity}; entities of
 * other kinds ({@code AiResource}, {@code Environment}, ...) are stored with {@code :Entity} only
 * and their kind in the {@code kind} property.
 */
public enum Kind {
    COMPONENT("Component"),
    API("API"),
    RESOURCE("Resource"),
    SYSTEM("System"),
    DOMAIN("Domain"),
    GROUP("Group"),
    USER("User"),
    LOCATION("Location"),
    TEMPLATE("Template");

    private static final Map<String, Kind> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Kind::key, Function.identity()));

    private final String displayName;

    Kind(String displayName) {
        this.displayName = displayName;
    }

    /** The kind as Backstage spells it, which is also its Neo4j label. */
    public String displayName() {
        return displayName;
    }

    /** The Neo4j label for entities of this kind. */
    public String label() {
        return displayName;
    }

    /** Lowercase, as it starts a canonical ref. */
    public String key() {
        return displayName.toLowerCase(Locale.ROOT);
    }

    /** The built-in kind with this name, in any case. */
    public static Optional<Kind> of(String kind) {
        return kind == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(kind.toLowerCase(Locale.ROOT)));
    }

    /** The kind's display spelling: the built-in one when known, otherwise as written. */
    public static String displayNameOf(String kind) {
        return of(kind).map(Kind::displayName).orElse(kind);
    }
}
