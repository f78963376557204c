package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.BUILD;
import static com.cataloggraph.agentsmd.analysis.Purpose.CHECK;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.GENERATE;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.RUN;
import static com.cataloggraph.agentsmd.analysis.Purpose.SETUP;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;
import static com.cataloggraph.agentsmd.analysis.Purpose.TYPECHECK;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * npm, pnpm, Yarn or Bun, decided by the lock file present (then {@code packageManager}), with
 * the {@code package.json} scripts whose names say what they are for.
 */
final class NodeDetector implements BuildSystemDetector {

    @Override
    public List<String> markers() {
        return List.of("package.json");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = RepositoryTree.join(directory, "package.json");
        Optional<JsonNode> parsed = JsonFiles.read(tree, file, problems);
        JsonNode json = parsed.orElse(null);
        PackageManager manager = manager(tree, directory, json);
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(SETUP, manager.install(), manager.lockFile() == null ? file : manager.lockFile()));
        Map<String, String> scripts = new TreeMap<>();
        if (json != null && json.get("scripts") != null && json.get("scripts").isObject()) {
            json.get("scripts").forEachEntry((name, value) -> scripts.put(name, value.isString() ? value.stringValue() : ""));
        }
        for (String script : scripts.keySet()) {
            Purpose purpose = purposeOf(script);
            if (purpose != null) {
                commands.add(Command.of(purpose, manager.name() + " run " + script, file));
            }
        }
        List<String> facts = new ArrayList<>();
        facts.add(manager.lockFile() == null ? "no lock file" : "lock file `" + stripDirectory(manager.lockFile(), directory) + "`");
        nodeVersion(tree, directory, json).ifPresent(version -> facts.add("Node " + version));
        if (tree.exists(RepositoryTree.join(directory, "tsconfig.json"))) {
            facts.add("TypeScript (`tsconfig.json`)");
        }
        if (json != null && json.get("workspaces") != null
                || tree.exists(RepositoryTree.join(directory, "pnpm-workspace.yaml"))) {
            facts.add("workspaces");
        }
        return Optional.of(new BuildSystem(manager.name(), directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }

    static Purpose purposeOf(String script) {
        String name = script.toLowerCase(java.util.Locale.ROOT);
        return switch (name) {
            case "build", "compile" -> BUILD;
            case "test", "test:unit", "test:integration", "test:e2e", "e2e", "test:ci", "coverage" -> TEST;
            case "lint", "lint:js", "lint:ts", "lint:css", "eslint", "format:check", "prettier:check", "lint:check" -> LINT;
            case "format", "fmt", "prettier", "format:write", "lint:fix" -> FORMAT;
            case "typecheck", "type-check", "tsc", "check-types", "types", "typecheck:ci" -> TYPECHECK;
            case "check", "ci", "validate", "verify" -> CHECK;
            case "dev", "start", "serve" -> RUN;
            case "generate", "codegen", "gen" -> GENERATE;
            default -> null;
        };
    }

    private static PackageManager manager(RepositoryTree tree, String directory, JsonNode json) {
        String declared = json == null ? null : JsonFiles.text(json, "packageManager");
        String pnpmLock = RepositoryTree.join(directory, "pnpm-lock.yaml");
        String yarnLock = RepositoryTree.join(directory, "yarn.lock");
        String npmLock = RepositoryTree.join(directory, "package-lock.json");
        String bunLock = tree.first(RepositoryTree.join(directory, "bun.lock"), RepositoryTree.join(directory, "bun.lockb"))
                .orElse(null);
        if (tree.exists(pnpmLock)) {
            return new PackageManager("pnpm", pnpmLock, "pnpm install --frozen-lockfile");
        }
        if (tree.exists(yarnLock)) {
            boolean berry = tree.exists(RepositoryTree.join(directory, ".yarnrc.yml"))
                    || declared != null && declared.matches("yarn@[2-9].*");
            return new PackageManager("yarn", yarnLock, berry ? "yarn install --immutable" : "yarn install --frozen-lockfile");
        }
        if (bunLock != null) {
            return new PackageManager("bun", bunLock, "bun install --frozen-lockfile");
        }
        if (tree.exists(npmLock)) {
            return new PackageManager("npm", npmLock, "npm ci");
        }
        if (declared != null && declared.startsWith("pnpm@")) {
            return new PackageManager("pnpm", null, "pnpm install");
        }
        if (declared != null && declared.startsWith("yarn@")) {
            return new PackageManager("yarn", null, "yarn install");
        }
        return new PackageManager("npm", null, "npm install");
    }

    private static Optional<String> nodeVersion(RepositoryTree tree, String directory, JsonNode json) {
        Optional<String> file = tree.read(RepositoryTree.join(directory, ".nvmrc"))
                .or(() -> tree.read(RepositoryTree.join(directory, ".node-version")))
                .map(String::strip).filter(v -> !v.isEmpty() && v.length() < 40);
        if (file.isPresent()) {
            return file.map(v -> v.startsWith("v") ? v.substring(1) : v);
        }
        JsonNode engines = json == null ? null : json.get("engines");
        return engines == null ? Optional.empty() : Optional.ofNullable(JsonFiles.text(engines, "node"));
    }

    private static String stripDirectory(String path, String directory) {
        return directory.isEmpty() ? path : path.substring(directory.length() + 1);
    }

    private record PackageManager(String name, String lockFile, String install) {
    }
}
