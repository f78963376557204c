package com.cataloggraph.ingest.validate;

import com.cataloggraph.model.vocabulary.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which kinds the catalog accepts ({@code catalog.ingest.allowed-kinds}), with the semantics of
 * Backstage's {@code catalog.rules} allow-list ({@code DefaultCatalogRulesEnforcer}): an entry is a
 * kind, or a kind and a {@code spec.type} ({@code Resource:database}); a document is allowed when
 * an entry matches its kind, and its type when the entry names one, both compared ignoring case. A
 * kind that is not built in (AiResource, Environment, ...) is accepted only when listed here,
 * standing in for the plugin processor Backstage needs to recognise it; then it must be spelled as
 * listed, as built-in kinds must be spelled as Backstage spells them.
 *
 * @param entries the allow-list as configured
 */
public record AllowedKinds(List<Entry> entries) {

    /** One allow-list entry. */
    public record Entry(String kind, String specType) {

        /** {@code Kind} or {@code Kind:type}. */
        public static Entry parse(String text) {
            String trimmed = text == null ? "" : text.strip();
            int colon = trimmed.indexOf(':');
            String kind = colon < 0 ? trimmed : trimmed.substring(0, colon).strip();
            String type = colon < 0 ? null : trimmed.substring(colon + 1).strip();
            if (!Formats.isKind(kind) || type != null && type.isEmpty()) {
                throw new IllegalArgumentException("catalog.ingest.allowed-kinds entries must be a kind (" + Formats.KIND
                        + "), optionally followed by ':' and a spec.type such as Resource:database, was '" + text + "'");
            }
            return new Entry(kind, type);
        }

        boolean matches(String documentKind, Object documentType) {
            if (!kind.equalsIgnoreCase(documentKind)) {
                return false;
            }
            return specType == null || documentType instanceof String type && specType.equalsIgnoreCase(type);
        }

        @Override
        public String toString() {
            return specType == null ? kind : kind + ":" + specType;
        }
    }

    /** Every built-in kind, as a catalog without {@code catalog.ingest.allowed-kinds} accepts them. */
    public static final List<String> BUILT_IN = Arrays.stream(Kind.values()).map(Kind::displayName).toList();

    /** The built-in kinds and nothing else. */
    public static final AllowedKinds DEFAULT = of(BUILT_IN);

    public AllowedKinds {
        entries = List.copyOf(entries);
    }

    public static AllowedKinds of(List<String> texts) {
        List<Entry> entries = new ArrayList<>();
        for (String text : texts) {
            entries.add(Entry.parse(text));
        }
        return new AllowedKinds(entries);
    }

    /** Whether an entry lets a document of this kind (and {@code spec.type}) in. */
    public boolean allows(String kind, Object specType) {
        return entries.stream().anyMatch(entry -> entry.matches(kind, specType));
    }

    /**
     * The spelling a kind must have: a built-in kind's own, else the allow-list's; empty when the kind is
     * neither built in nor listed.
     */
    Optional<String> spelling(String kind) {
        Optional<Kind> builtIn = Kind.of(kind);
        if (builtIn.isPresent()) {
            return Optional.of(builtIn.get().displayName());
        }
        return entries.stream().map(Entry::kind).filter(listed -> listed.equalsIgnoreCase(kind)).findFirst();
    }

    /** The list as a sentence fragment: {@code Component, API, Resource:database}. */
    public String describe() {
        return String.join(", ", entries.stream().map(Entry::toString).toList());
    }

    @Override
    public String toString() {
        return entries.isEmpty() ? "(none)" : describe();
    }
}
