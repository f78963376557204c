package com.cataloggraph.app.neo4j;

import java.net.URI;
import java.util.Optional;
import java.util.Properties;

/**
 * What a process holding a data folder tells others: its pid, its command and its Bolt URI.
 */
public record RunningInstance(long pid, String command, URI boltUri) {

    String serialize() {
        return "pid=" + pid + "\ncommand=" + command + "\nbolt=" + boltUri + "\n";
    }

    static Optional<RunningInstance> parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new java.io.StringReader(text));
            String bolt = properties.getProperty("bolt");
            if (bolt == null) {
                return Optional.empty();
            }
            return Optional.of(new RunningInstance(Long.parseLong(properties.getProperty("pid", "0")),
                    properties.getProperty("command", "?"), URI.create(bolt)));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
