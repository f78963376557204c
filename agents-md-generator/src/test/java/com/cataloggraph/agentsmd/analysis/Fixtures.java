package com.cataloggraph.agentsmd.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fixture repositories under {@code src/test/resources/repositories}, read from the source tree (dotfiles intact). */
public final class Fixtures {

    public static final Path REPOSITORIES = Path.of("src", "test", "resources", "repositories").toAbsolutePath();

    private Fixtures() {
    }

    public static Path repository(String name) {
        return REPOSITORIES.resolve(name);
    }

    /** The command plan as lines: {@code PURPOSE line [note] <- source}. */
    public static List<String> plan(RepositoryAnalysis analysis) {
        List<String> lines = new ArrayList<>();
        analysis.commands().byPurpose().forEach((purpose, commands) -> commands.forEach(command -> lines.add(
                purpose + " " + command.line() + (command.note() == null ? "" : " [" + command.note() + "]")
                        + " <- " + command.source())));
        return lines;
    }
}
