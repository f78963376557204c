package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.BUILD;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Cargo: build, test, clippy and rustfmt, over the whole workspace when there is one. */
final class CargoDetector implements BuildSystemDetector {

    @Override
    public List<String> markers() {
        return List.of("Cargo.toml");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = RepositoryTree.join(directory, "Cargo.toml");
        TomlFile toml = TomlFile.parse(tree.read(file).orElse(""));
        boolean workspace = toml.hasTable("workspace");
        String scope = workspace ? " --workspace" : "";
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(BUILD, "cargo build" + scope, file));
        commands.add(Command.of(TEST, "cargo test" + scope, file));
        commands.add(Command.of(TEST, "cargo test" + scope + " name_of_test", file).withNote("one test"));
        commands.add(Command.of(LINT, "cargo clippy" + scope + " --all-targets -- -D warnings", file));
        commands.add(Command.of(LINT, "cargo fmt --all -- --check", file));
        commands.add(Command.of(FORMAT, "cargo fmt --all", file));
        List<String> facts = new ArrayList<>();
        Optional<String> toolchainFile = tree.first(RepositoryTree.join(directory, "rust-toolchain.toml"),
                RepositoryTree.join(directory, "rust-toolchain"));
        toolchainFile.flatMap(tree::read).ifPresent(text -> {
            String channel = text.contains("[toolchain]") ? TomlFile.parse(text).value("toolchain", "channel")
                    : text.strip();
            if (channel != null && !channel.isEmpty()) {
                facts.add("Rust toolchain " + channel + " (`" + toolchainFile.get() + "`)");
            }
        });
        String rustVersion = toml.value("package", "rust-version");
        if (rustVersion == null) {
            rustVersion = toml.value("workspace.package", "rust-version");
        }
        if (rustVersion != null) {
            facts.add("minimum Rust " + rustVersion);
        }
        String edition = toml.value("package", "edition");
        if (edition == null) {
            edition = toml.value("workspace.package", "edition");
        }
        if (edition != null) {
            facts.add("edition " + edition);
        }
        List<String> members = toml.list("workspace", "members");
        if (!members.isEmpty()) {
            facts.add("workspace members " + String.join(", ", members.stream().map(m -> "`" + m + "`").toList()));
        }
        return Optional.of(new BuildSystem("Cargo", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }
}
