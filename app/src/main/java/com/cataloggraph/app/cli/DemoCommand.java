package com.cataloggraph.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The README's first command: the server on the embedded database, filled with the sample catalog. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Serve on the embedded database in ./data with the sample catalog (fixtures/sample-catalog) "
                + "ingested at start: serve --ingest fixtures/sample-catalog.")
public final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE_CATALOG = "fixtures/sample-catalog";

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: 8080).")
    int port;

    @Option(names = "--catalog", paramLabel = "DIR", hidden = true,
            description = "Another catalog folder to serve instead of the sample.")
    Path catalog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> searched = new ArrayList<>();
        Optional<Path> found = catalog != null ? Optional.of(catalog).filter(Files::isDirectory)
                : sampleCatalog(Path.of("").toAbsolutePath(), jarFolder(), searched);
        if (found.isEmpty()) {
            spec.commandLine().getErr().println("error: the demo serves the sample catalog, but "
                    + (catalog != null ? catalog.toAbsolutePath() + " is not a folder"
                    : SAMPLE_CATALOG + " was not found (looked in " + String.join(", ",
                    searched.stream().map(Path::toString).toList()) + "); run the demo from the project's folder, or "
                    + "use catalog-graph serve --ingest PATH with a catalog of your own"));
            spec.commandLine().getErr().flush();
            return ExitCodes.FAILED;
        }
        CommandLine serve = spec.parent().subcommands().get("serve");
        return serve.execute("--port", String.valueOf(port), "--ingest", found.get().toString());
    }

    /**
     * The sample catalog: under the working folder or one of its parents (the project's root, seen from any
     * folder inside it), else next to the jar ({@code app/target/catalog-graph.jar} in a checkout).
     */
    static Optional<Path> sampleCatalog(Path workingFolder, Optional<Path> jarFolder, List<Path> searched) {
        Set<Path> candidates = new LinkedHashSet<>();
        for (Path dir = workingFolder; dir != null; dir = dir.getParent()) {
            candidates.add(dir.resolve(SAMPLE_CATALOG));
        }
        jarFolder.ifPresent(folder -> {
            for (Path dir = folder; dir != null; dir = dir.getParent()) {
                candidates.add(dir.resolve(SAMPLE_CATALOG));
            }
        });
        searched.addAll(candidates);
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** The folder of the jar when run as {@code java -jar catalog-graph.jar}: its class path is that one jar. */
    private static Optional<Path> jarFolder() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            return Optional.ofNullable(Path.of(classPath).toAbsolutePath().getParent());
        }
        return Optional.empty();
    }
}
