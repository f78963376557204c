package com.cataloggraph.graphql.entity;

import java.util.List;
import java.util.Map;

/** A label or annotation. */
public record KeyValue(String key, String value) {

    static List<KeyValue> of(Map<String, String> map) {
        return map.entrySet().stream().map(e -> new KeyValue(e.getKey(), e.getValue())).toList();
    }
}
