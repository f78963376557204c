package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code .gitlab-ci.yml} and {@code .github/workflows/*.yml}: the build commands each job
 * runs (lines that start with a known build tool or a repository script) and the toolchain
 * versions CI pins.
 */
final class CiReader {

    private static final Set<String> GITLAB_KEYWORDS = Set.of("stages", "variables", "default", "include", "workflow",
            "image", "services", "cache", "before_script", "after_script", "types");
    private static final Set<String> TOOLS = Set.of("mvn", "./mvnw", "gradle", "./gradlew", "npm", "npx", "pnpm",
            "yarn", "bun", "go", "cargo", "make", "bazel", "bazelisk", "python", "python3", "pip", "pip3", "uv",
            "poetry", "hatch", "tox", "nox", "pytest", "ruff", "black", "mypy", "flake8", "golangci-lint", "just",
            "task", "sbt", "dotnet", "pre-commit", "deno", "rustup", "buf", "bundle", "rake", "rspec", "rubocop",
            "bin/rails", "composer", "php", "vendor/bin/phpunit", "vendor/bin/phpstan", "vendor/bin/php-cs-fixer");
    private static final Pattern ENV_ASSIGNMENT = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*=\\S*$");
    private static final Map<String, String> SETUP_ACTIONS = Map.of(
            "actions/setup-java", "java-version:Java", "actions/setup-node", "node-version:Node",
            "actions/setup-python", "python-version:Python", "actions/setup-go", "go-version:Go");

    private CiReader() {
    }

    static CiConfig read(RepositoryTree tree, List<AnalysisProblem> problems) {
        List<CiJob> jobs = new ArrayList<>();
        Set<String> facts = new LinkedHashSet<>();
        List<String> files = new ArrayList<>();
        if (tree.exists(".gitlab-ci.yml")) {
            files.add(".gitlab-ci.yml");
            YamlFiles.readMap(tree, ".gitlab-ci.yml", problems).ifPresent(root -> gitlab(root, jobs, facts));
        }
        for (String file : tree.filesIn(".github/workflows")) {
            if (file.endsWith(".yml") || file.endsWith(".yaml")) {
                files.add(file);
                YamlFiles.readMap(tree, file, problems).ifPresent(root -> github(file, root, jobs, facts));
            }
        }
        return new CiConfig(jobs, List.copyOf(facts), files);
    }

    private static void gitlab(Map<Object, Object> root, List<CiJob> jobs, Set<String> facts) {
        image(root.get("image")).ifPresent(image -> facts.add("image `" + image + "`"));
        for (Map.Entry<Object, Object> entry : root.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (GITLAB_KEYWORDS.contains(name) || name.startsWith(".") || !(entry.getValue() instanceof Map<?, ?> job)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            collect(inherited(root, job, "before_script"), lines);
            collect(inherited(root, job, "script"), lines);
            image(job.get("image")).ifPresent(image -> facts.add("image `" + image + "`"));
            List<String> commands = commands(lines);
            if (!commands.isEmpty()) {
                jobs.add(new CiJob(".gitlab-ci.yml", name, commands));
            }
        }
    }

    /** A job's key, or the one of the hidden job it {@code extends}, or the global default. */
    private static Object inherited(Map<Object, Object> root, Map<?, ?> job, String key) {
        if (job.get(key) != null) {
            return job.get(key);
        }
        Object extended = job.get("extends");
        for (Object parent : extended instanceof List<?> list ? list : extended == null ? List.of() : List.of(extended)) {
            if (root.get(String.valueOf(parent)) instanceof Map<?, ?> template && template.get(key) != null) {
                return template.get(key);
            }
        }
        if ("before_script".equals(key)) {
            if (root.get("default") instanceof Map<?, ?> defaults && defaults.get(key) != null) {
                return defaults.get(key);
            }
            return root.get(key);
        }
        return null;
    }

    private static void github(String file, Map<Object, Object> root, List<CiJob> jobs, Set<String> facts) {
        if (!(root.get("jobs") instanceof Map<?, ?> jobMap)) {
            return;
        }
        for (Map.Entry<?, ?> entry : jobMap.entrySet()) {
            if (!(entry.getValue() instanceof Map<?, ?> job) || !(job.get("steps") instanceof List<?> steps)) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            String jobDirectory = workingDirectory(job.get("defaults"));
            for (Object step : steps) {
                if (!(step instanceof Map<?, ?> stepMap)) {
                    continue;
                }
                String directory = stepMap.get("working-directory") instanceof String dir ? dir : jobDirectory;
                List<String> stepLines = new ArrayList<>();
                collect(stepMap.get("run"), stepLines);
                stepLines.stream().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(line -> lines.add(inDirectory(directory, line)));
                if (stepMap.get("uses") instanceof String uses) {
                    setupFact(uses, stepMap.get("with")).ifPresent(facts::add);
                }
            }
            List<String> commands = commands(lines);
            if (!commands.isEmpty()) {
                jobs.add(new CiJob(file, String.valueOf(entry.getKey()), commands));
            }
        }
    }

    /** {@code defaults.run.working-directory} of a job, or null. */
    private static String workingDirectory(Object defaults) {
        if (defaults instanceof Map<?, ?> map && map.get("run") instanceof Map<?, ?> run
                && run.get("working-directory") instanceof String directory) {
            return directory;
        }
        return null;
    }

    private static String inDirectory(String directory, String line) {
        if (directory == null || line.isEmpty()) {
            return line;
        }
        String clean = directory.startsWith("./") ? directory.substring(2) : directory;
        return clean.isEmpty() || clean.equals(".") ? line : "cd " + clean + " && " + line;
    }

    private static java.util.Optional<String> setupFact(String uses, Object with) {
        int at = uses.indexOf('@');
        String action = at < 0 ? uses : uses.substring(0, at);
        String spec = SETUP_ACTIONS.get(action);
        if (spec == null || !(with instanceof Map<?, ?> inputs)) {
            return java.util.Optional.empty();
        }
        String input = spec.substring(0, spec.indexOf(':'));
        Object version = inputs.get(input);
        if (version == null) {
            return java.util.Optional.empty();
        }
        String text = version instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : String.valueOf(version);
        Object distribution = inputs.get("distribution");
        return java.util.Optional.of(spec.substring(spec.indexOf(':') + 1) + " " + text
                + (distribution != null ? " " + distribution : "") + " (`" + action + "`)");
    }

    private static java.util.Optional<String> image(Object image) {
        if (image instanceof String name) {
            return java.util.Optional.of(name);
        }
        if (image instanceof Map<?, ?> map && map.get("name") instanceof String name) {
            return java.util.Optional.of(name);
        }
        return java.util.Optional.empty();
    }

    /** Flattens a script value (a string, a list, lists of lists from anchors) into lines. */
    private static void collect(Object script, List<String> lines) {
        if (script instanceof String text) {
            StringBuilder joined = new StringBuilder();
            for (String line : text.lines().toList()) {
                String stripped = line.strip();
                if (stripped.endsWith("\\")) {
                    joined.append(stripped, 0, stripped.length() - 1).append(' ');
                    continue;
                }
                joined.append(stripped);
                lines.add(joined.toString().replaceAll("\\s+", " ").strip());
                joined.setLength(0);
            }
            if (!joined.isEmpty()) {
                lines.add(joined.toString().strip());
            }
        } else if (script instanceof List<?> list) {
            list.forEach(item -> collect(item, lines));
        }
    }

    private static List<String> commands(List<String> lines) {
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            if (!line.isEmpty() && !line.startsWith("#") && runsATool(line) && !commands.contains(line)) {
                commands.add(line);
            }
        }
        return commands;
    }

    /** True when some {@code &&}-separated part starts with a build tool or a repository script. */
    static boolean runsATool(String line) {
        for (String part : line.split("&&|;")) {
            String[] words = part.strip().split("\\s+");
            int i = 0;
            while (i < words.length && ENV_ASSIGNMENT.matcher(words[i]).matches()) {
                i++;
            }
            if (i < words.length) {
                String word = words[i];
                if (TOOLS.contains(word) || word.startsWith("./") && word.length() > 2
                        || word.matches("(scripts|bin|hack|tools|ci)/[^\\s]+")) {
                    return true;
                }
            }
        }
        return false;
    }
}
