package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Generated and vendored code, and lock files: what an agent must change only through a tool. */
final class BoundaryReader {

    /** Lock file to the command that rewrites it. */
    private static final Map<String, String> LOCK_FILES = Map.ofEntries(
            Map.entry("package-lock.json", "npm install"), Map.entry("pnpm-lock.yaml", "pnpm install"),
            Map.entry("yarn.lock", "yarn install"), Map.entry("bun.lock", "bun install"),
            Map.entry("poetry.lock", "poetry lock"), Map.entry("uv.lock", "uv lock"),
            Map.entry("Cargo.lock", "cargo update"), Map.entry("go.sum", "go mod tidy"),
            Map.entry("Gemfile.lock", "bundle install"), Map.entry("composer.lock", "composer update"),
            Map.entry("gradle.lockfile", "./gradlew dependencies --write-locks"),
            Map.entry("MODULE.bazel.lock", "bazel mod deps"), Map.entry("packages.lock.json", "dotnet restore"));
    private static final int MAX_FILE_PATTERNS = 4;

    private BoundaryReader() {
    }

    static List<Boundary> read(RepositoryTree tree, List<BuildSystem> buildSystems, List<Folder> layout,
                               CommandPlan commands) {
        List<Boundary> boundaries = new ArrayList<>();
        String regenerate = commands.first(Purpose.GENERATE).map(c -> "regenerate with `" + c.line() + "`")
                .orElse(null);
        for (Folder folder : layout) {
            if (folder.role() == FolderRole.GENERATED) {
                boundaries.add(new Boundary("`" + folder.path() + "/`", "generated", regenerate));
            } else if (folder.role() == FolderRole.VENDORED) {
                boolean goVendor = folder.path().equals("vendor") && tree.exists("vendor/modules.txt");
                boundaries.add(new Boundary("`" + folder.path() + "/`", "vendored third-party code",
                        goVendor ? "update with `go mod vendor`" : null));
            }
        }
        Map<String, Integer> patterns = new TreeMap<>();
        Set<String> folders = new TreeSet<>();
        layout.stream().filter(f -> f.role() == FolderRole.GENERATED || f.role() == FolderRole.VENDORED)
                .forEach(f -> folders.add(f.path() + "/"));
        for (String path : tree.files().keySet()) {
            String pattern = ContentFilter.generatedFilePattern(path);
            if (pattern != null && pattern.startsWith("*.") && !pattern.startsWith("*.min.")
                    && folders.stream().noneMatch(path::startsWith)) {
                patterns.merge(pattern, 1, Integer::sum);
            }
        }
        patterns.keySet().stream().limit(MAX_FILE_PATTERNS)
                .forEach(pattern -> boundaries.add(new Boundary("`" + pattern + "` files", "generated", regenerate)));
        Set<String> directories = new TreeSet<>();
        directories.add("");
        buildSystems.forEach(system -> directories.add(system.directory()));
        for (String directory : directories) {
            for (Map.Entry<String, String> lock : new TreeMap<>(LOCK_FILES).entrySet()) {
                String path = RepositoryTree.join(directory, lock.getKey());
                if (tree.exists(path)) {
                    String tool = directory.isEmpty() ? lock.getValue() : "cd " + directory + " && " + lock.getValue();
                    boundaries.add(new Boundary("`" + path + "`", "lock file", "`" + tool + "` updates it"));
                }
            }
        }
        return boundaries;
    }
}
