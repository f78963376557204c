package com.cataloggraph.app.agentsmd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Checks the REPO arguments before anything starts: each must be a folder. */
final class Checkouts {

    private Checkouts() {
    }

    static void requireFolders(CommandSpec spec, List<Path> repositories) {
        for (Path repository : repositories) {
            if (!Files.isDirectory(repository)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "REPO " + repository + " is not a folder (give repository checkouts)");
            }
        }
    }
}
