package com.cataloggraph.agentsmd.analysis;

import java.util.List;

/**
 * A build system found in one folder.
 *
 * @param name      e.g. {@code Maven}, {@code pnpm}, {@code Go}
 * @param directory the folder relative to the root, "" for the root
 * @param file      the file that identifies it, e.g. {@code pom.xml}
 * @param commands  its commands, already prefixed with {@code cd directory &&} when not at the root
 * @param facts     short facts such as {@code Java 21} or {@code modules: api, service}, in a fixed order
 */
public record BuildSystem(String name, String directory, String file, List<Command> commands, List<String> facts) {

    public BuildSystem {
        commands = List.copyOf(commands);
        facts = List.copyOf(facts);
    }
}
