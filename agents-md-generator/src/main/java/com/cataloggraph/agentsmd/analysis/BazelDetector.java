package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.BUILD;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Bazel: build and test every target; the pinned version and Bzlmod as facts. */
final class BazelDetector implements BuildSystemDetector {

    @Override
    public List<String> markers() {
        return List.of("MODULE.bazel", "WORKSPACE.bazel", "WORKSPACE");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = tree.first(markers().stream().map(m -> RepositoryTree.join(directory, m)).toArray(String[]::new))
                .orElseThrow();
        List<Command> commands = List.of(
                Command.of(BUILD, "bazel build //...", file),
                Command.of(TEST, "bazel test //...", file),
                Command.of(TEST, "bazel test //path/to:target", file).withNote("one target"));
        List<String> facts = new ArrayList<>();
        tree.read(RepositoryTree.join(directory, ".bazelversion")).map(String::strip).filter(v -> !v.isEmpty())
                .ifPresent(version -> facts.add("Bazel " + version + " (`.bazelversion`, picked by Bazelisk)"));
        if (file.endsWith("MODULE.bazel")) {
            facts.add("Bzlmod (`MODULE.bazel`)");
        }
        return Optional.of(new BuildSystem("Bazel", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }
}
