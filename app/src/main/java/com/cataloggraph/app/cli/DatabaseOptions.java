package com.cataloggraph.app.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that opens the graph shares. */
public final class DatabaseOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Embedded database folder (default: $CATALOG_GRAPH_DATA or ./data). "
                    + "Ignored when NEO4J_URI names an external Neo4j.")
    Path data;

    @Option(names = "--bolt-port", paramLabel = "PORT",
            description = "Bolt port of the embedded database on 127.0.0.1; 0 = any free (default: 7687 for serve "
                    + "and demo, or any free port when 7687 is taken; any free port for other commands).")
    Integer boltPort;

    /** The options as Spring properties; only the ones given. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        if (data != null) {
            properties.put("catalog.neo4j.data", data.toAbsolutePath().toString());
        }
        if (boltPort != null) {
            properties.put("catalog.neo4j.bolt-port", boltPort);
        }
        return properties;
    }

    /** Same, with a Bolt port default for commands that are not the long-running server. */
    public Map<String, Object> properties(int defaultBoltPort) {
        Map<String, Object> properties = properties();
        properties.putIfAbsent("catalog.neo4j.bolt-port", defaultBoltPort);
        return properties;
    }
}
