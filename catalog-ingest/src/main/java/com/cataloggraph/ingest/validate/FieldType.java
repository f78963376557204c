package com.cataloggraph.ingest.validate;

/** The shapes a spec field may take in Backstage's kind schemas. */
enum FieldType {
    /** A non-empty string. */
    STRING,
    /** A list of non-empty strings (may be empty). */
    STRING_LIST,
    /** A list of anything. */
    LIST,
    /** An object. */
    OBJECT,
    /** An object or a list (a Template's parameters). */
    OBJECT_OR_LIST,
    /** {@code displayName}, {@code email}, {@code picture}: optional non-empty strings. */
    PROFILE,
    /** An API definition: a string, or a placeholder left as a reference because its URL is remote. */
    DEFINITION,
    /** {@code required} or {@code optional}. */
    PRESENCE
}
