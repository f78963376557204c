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

    /** Copies a fixture repository to {@code target} (created), e.g. to give it the catalog's repository name. */
    public static Path copy(String name, Path target) {
        Path source = repository(name);
        try (var paths = java.nio.file.Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (java.nio.file.Files.isDirectory(path)) {
                    java.nio.file.Files.createDirectories(to);
                } else {
                    java.nio.file.Files.copy(path, to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
