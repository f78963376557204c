package com.cataloggraph.ingest.emit;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every rule an ingest can report a problem under, declared once. The id is what reports and
 * tests name; {@link #fileLevel()} says whether breaking it rejects the whole file (Backstage
 * applies none of such a file's changes and keeps its previous entities) or only one entity.
 */
public enum Rule {
    FILE_UNREADABLE("file-unreadable", true),
    LINK_OUTSIDE_TREE("link-outside-tree", true),
    INTERNAL_ERROR("internal-error", true),
    FILE_TOO_LARGE("file-too-large", true),
    NOT_UTF8("not-utf8", true),
    YAML_SYNTAX("yaml-syntax", true),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", true),
    YAML_LIMIT("yaml-limit", true),
    DOCUMENT_NOT_OBJECT("document-not-object", true),
    ENVELOPE("envelope", true),
    PATH_TOO_LONG("path-too-long", true),
    KIND_NOT_ALLOWED("kind-not-allowed", true),

    UNKNOWN_ROOT_FIELD("unknown-root-field", false),
    API_VERSION("api-version", false),
    KIND_FORMAT("kind-format", false),
    UNKNOWN_KIND("unknown-kind", false),
    NAME_FORMAT("name-format", false),
    NAMESPACE_FORMAT("namespace-format", false),
    LABEL_FORMAT("label-format", false),
    ANNOTATION_FORMAT("annotation-format", false),
    TAG_FORMAT("tag-format", false),
    LINK_FORMAT("link-format", false),
    FIELD_TYPE("field-type", false),
    REQUIRED_FIELD("required-field", false),
    ENTITY_REF("entity-ref", false),
    PLACEHOLDER("placeholder", false),
    DUPLICATE_REF("duplicate-ref", false),
    VALUE_TOO_LONG("value-too-long", false),

    LOCATION_TARGET_MISSING("location-target-missing", false),
    LOCATION_TARGET_OUTSIDE_ROOT("location-target-outside-root", false),
    LOCATION_CYCLE("location-cycle", false),
    REMOTE_LOCATION_TARGET("remote-location-target", false),
    REMOTE_PLACEHOLDER("remote-placeholder", false),

    SOURCE_UNAVAILABLE("source-unavailable", false),
    REMOVAL_GUARD("removal-guard", false);

    private final String id;
    private final boolean fileLevel;

    Rule(String id, boolean fileLevel) {
        this.id = id;
        this.fileLevel = fileLevel;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** True when breaking the rule rejects every document of the file, not just one entity. */
    public boolean fileLevel() {
        return fileLevel;
    }
}
