package com.cataloggraph.ingest.validate;

/** One spec field of a kind's schema. */
record SpecField(String name, FieldType type, boolean required) {

    static SpecField required(String name, FieldType type) {
        return new SpecField(name, type, true);
    }

    static SpecField optional(String name, FieldType type) {
        return new SpecField(name, type, false);
    }
}
