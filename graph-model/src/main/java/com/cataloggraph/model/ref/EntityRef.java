package com.cataloggraph.model.ref;

import java.util.Locale;
import java.util.Objects;

/**
 * A reference to a catalog entity, {@code [<kind>:][<namespace>/]<name>}, parsed with
 * Backstage's rules ({@code packages/catalog-model/src/entity/ref.ts}).
 *
 * <p>The parts keep the case they were written in; {@link #canonical()} is the lowercase
 * {@code kind:namespace/name} form that is the graph's key and the only thing refs are
 * compared by.
 */
public record EntityRef(String kind, String namespace, String name) {

    public static final String DEFAULT_NAMESPACE = "default";

    public EntityRef {
        requirePart(kind, "kind");
        requirePart(namespace, "namespace");
        requirePart(name, "name");
    }

    /** Parses a ref that must carry its kind; the namespace defaults to {@code default}. */
    public static EntityRef parse(String ref) {
        return parse(ref, null, DEFAULT_NAMESPACE);
    }

    /**
     * Parses a ref as a relation field does: the kind falls back to the field's default (none
     * for {@code dependsOn}), the namespace to the referencing entity's.
     *
     * @throws InvalidEntityRefException when a part is empty or the kind is missing with no default
     */
    public static EntityRef parse(String ref, String defaultKind, String defaultNamespace) {
        if (ref == null || ref.isEmpty()) {
            throw new InvalidEntityRefException(ref, "Entity reference must not be empty");
        }
        int colon = ref.indexOf(':');
        int slash = ref.indexOf('/');
        // Backstage: a '/' ahead of the ':' means there is no kind ("a/b:c" is namespace a, name b:c).
        if (slash != -1 && slash < colon) {
            colon = -1;
        }
        String kind = colon == -1 ? null : ref.substring(0, colon);
        String namespace = slash == -1 ? null : ref.substring(colon + 1, slash);
        String name = ref.substring(Math.max(colon + 1, slash + 1));
        if ("".equals(kind) || "".equals(namespace) || name.isEmpty()) {
            throw new InvalidEntityRefException(ref, "Entity reference \"" + ref
                    + "\" was not on the form [<kind>:][<namespace>/]<name>");
        }
        if (kind == null) {
            kind = defaultKind;
        }
        if (kind == null || kind.isEmpty()) {
            throw new InvalidEntityRefException(ref, "Entity reference \"" + ref
                    + "\" had missing or empty kind (e.g. did not start with \"component:\" or similar)");
        }
        if (namespace == null) {
            namespace = defaultNamespace == null || defaultNamespace.isEmpty() ? DEFAULT_NAMESPACE : defaultNamespace;
        }
        return new EntityRef(kind, namespace, name);
    }

    /** Parses a canonical or written ref, returning null instead of throwing. */
    public static EntityRef tryParse(String ref) {
        try {
            return parse(ref);
        } catch (InvalidEntityRefException e) {
            return null;
        }
    }

    /** The graph key: {@code kind:namespace/name}, lowercased. */
    public String canonical() {
        return kind.toLowerCase(Locale.ROOT) + ":" + namespace.toLowerCase(Locale.ROOT) + "/"
                + name.toLowerCase(Locale.ROOT);
    }

    /** The kind lowercased, as it starts the canonical form. */
    public String kindKey() {
        return kind.toLowerCase(Locale.ROOT);
    }

    /** True when both refs point at the same entity (Backstage compares canonical forms). */
    public boolean sameAs(EntityRef other) {
        return other != null && canonical().equals(other.canonical());
    }

    /** The written form, case kept: {@code kind:namespace/name}. */
    @Override
    public String toString() {
        return kind + ":" + namespace + "/" + name;
    }

    private static void requirePart(String value, String part) {
        Objects.requireNonNull(value, part);
        if (value.isEmpty()) {
            throw new InvalidEntityRefException(value, "Entity reference " + part + " must not be empty");
        }
    }
}
