package com.cataloggraph.app.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The properties that start a benchmark on its own new embedded database, never on another process's. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static Map<String, Object> embeddedIn(Path folder) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("catalog.neo4j.data", folder.toString());
        properties.put("catalog.neo4j.bolt-port", 0);
        properties.put("catalog.neo4j.uri", "");
        properties.put("catalog.neo4j.when-data-in-use", "fail");
        return properties;
    }
}
