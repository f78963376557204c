package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.BUILD;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.GENERATE;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Go modules: the go tool's own commands, golangci-lint when configured, go generate when used. */
final class GoDetector implements BuildSystemDetector {

    private static final Pattern MODULE = Pattern.compile("^module\\s+(\\S+)", Pattern.MULTILINE);
    private static final Pattern GO_VERSION = Pattern.compile("^go\\s+(\\S+)", Pattern.MULTILINE);
    /** Reading every file of a large repository for one directive is not worth it. */
    private static final int MAX_FILES_SCANNED_FOR_GENERATE = 300;

    @Override
    public List<String> markers() {
        return List.of("go.mod");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = RepositoryTree.join(directory, "go.mod");
        String text = tree.read(file).orElse("");
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(BUILD, "go build ./...", file));
        commands.add(Command.of(TEST, "go test ./...", file));
        commands.add(Command.of(TEST, "go test ./path/to/pkg -run TestName", file).withNote("one test"));
        commands.add(Command.of(LINT, "go vet ./...", file));
        tree.first(RepositoryTree.join(directory, ".golangci.yml"), RepositoryTree.join(directory, ".golangci.yaml"),
                        RepositoryTree.join(directory, ".golangci.toml"), RepositoryTree.join(directory, ".golangci.json"))
                .ifPresent(config -> commands.add(Command.of(LINT, "golangci-lint run", config)));
        commands.add(Command.of(FORMAT, "go fmt ./...", file));
        usesGenerate(tree, directory).ifPresent(source -> commands.add(Command.of(GENERATE, "go generate ./...", source)));
        List<String> facts = new ArrayList<>();
        Matcher module = MODULE.matcher(text);
        if (module.find()) {
            facts.add("module `" + module.group(1) + "`");
        }
        Matcher version = GO_VERSION.matcher(text);
        if (version.find()) {
            facts.add("Go " + version.group(1));
        }
        if (tree.exists(RepositoryTree.join(directory, "vendor/modules.txt"))) {
            facts.add("vendored modules (`vendor/`)");
        }
        return Optional.of(new BuildSystem("Go", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }

    /** The first Go file with a {@code //go:generate} directive, if any. */
    private static Optional<String> usesGenerate(RepositoryTree tree, String directory) {
        ContentFilter filter = ContentFilter.of(tree);
        int scanned = 0;
        for (String path : directory.isEmpty() ? tree.files().keySet() : tree.filesUnder(directory)) {
            if (!path.endsWith(".go") || !filter.own(path) || path.endsWith("_test.go")) {
                continue;
            }
            if (++scanned > MAX_FILES_SCANNED_FOR_GENERATE) {
                break;
            }
            if (tree.read(path).map(source -> source.contains("//go:generate ")).orElse(false)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
