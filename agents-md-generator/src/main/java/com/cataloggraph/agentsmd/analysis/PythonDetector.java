package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.CHECK;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.SETUP;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;
import static com.cataloggraph.agentsmd.analysis.Purpose.TYPECHECK;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Python: the project manager (uv, Poetry, Hatch, else pip with requirements files) decides how
 * tools are run; the tools themselves (pytest, ruff, black, mypy, tox, ...) come from their
 * configuration in {@code pyproject.toml} or their own files.
 */
final class PythonDetector implements BuildSystemDetector {

    @Override
    public List<String> markers() {
        return List.of("pyproject.toml", "setup.py", "setup.cfg", "requirements.txt", "tox.ini");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = tree.first(markers().stream().map(m -> RepositoryTree.join(directory, m)).toArray(String[]::new))
                .orElseThrow();
        String pyprojectPath = RepositoryTree.join(directory, "pyproject.toml");
        String pyprojectText = tree.read(pyprojectPath).orElse("");
        TomlFile pyproject = TomlFile.parse(pyprojectText);
        Manager manager = manager(tree, directory, pyproject);
        List<Command> commands = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        String source = tree.exists(pyprojectPath) ? pyprojectPath : file;
        switch (manager) {
            case UV -> commands.add(Command.of(SETUP, "uv sync", lockOr(tree, directory, "uv.lock", source)));
            case POETRY -> commands.add(Command.of(SETUP, "poetry install", lockOr(tree, directory, "poetry.lock", source)));
            case HATCH -> commands.addAll(hatchScripts(pyproject, pyprojectPath));
            case PIP -> commands.add(pipInstall(tree, directory, pyproject, source));
        }
        String run = manager.prefix();
        boolean hatchTests = commands.stream().anyMatch(c -> c.purpose() == TEST);
        if (manager == Manager.HATCH && !hatchTests) {
            commands.add(Command.of(TEST, "hatch test", pyprojectPath));
        } else if (manager != Manager.HATCH) {
            pytestSource(tree, directory, pyproject, pyprojectText).ifPresent(from -> {
                String pytest = manager == Manager.PIP ? "python -m pytest" : run + "pytest";
                commands.add(Command.of(TEST, pytest, from));
                commands.add(Command.of(TEST, pytest + " -k name_of_test", from).withNote("one test"));
            });
        }
        if (manager != Manager.HATCH) {
            tools(tree, directory, pyproject, run, source, commands);
        }
        tox(tree, directory, pyproject, commands);
        facts.add(manager.title());
        String python = pyproject.value("project", "requires-python");
        if (python == null) {
            python = pyproject.value("tool.poetry.dependencies", "python");
        }
        if (python != null) {
            facts.add("Python " + python);
        }
        tree.read(RepositoryTree.join(directory, ".python-version")).map(String::strip).filter(v -> !v.isEmpty())
                .ifPresent(v -> facts.add("`.python-version` " + v.lines().findFirst().orElse(v)));
        return Optional.of(new BuildSystem("Python", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }

    private static Manager manager(RepositoryTree tree, String directory, TomlFile pyproject) {
        if (tree.exists(RepositoryTree.join(directory, "uv.lock")) || pyproject.hasTable("tool.uv")) {
            return Manager.UV;
        }
        if (tree.exists(RepositoryTree.join(directory, "poetry.lock")) || pyproject.hasTable("tool.poetry")) {
            return Manager.POETRY;
        }
        if (!pyproject.tablesStartingWith("tool.hatch.envs").isEmpty()
                || tree.exists(RepositoryTree.join(directory, "hatch.toml"))) {
            return Manager.HATCH;
        }
        return Manager.PIP;
    }

    private static List<Command> hatchScripts(TomlFile pyproject, String file) {
        List<Command> commands = new ArrayList<>();
        for (String table : pyproject.tablesStartingWith("tool.hatch.envs.")) {
            if (!table.endsWith(".scripts")) {
                continue;
            }
            String env = table.substring("tool.hatch.envs.".length(), table.length() - ".scripts".length());
            for (String script : pyproject.keys(table)) {
                Purpose purpose = purposeOf(script);
                if (purpose != null) {
                    commands.add(Command.of(purpose, "hatch run " + ("default".equals(env) ? "" : env + ":") + script,
                            file));
                }
            }
        }
        return commands;
    }

    private static Command pipInstall(RepositoryTree tree, String directory, TomlFile pyproject, String source) {
        List<String> requirements = new ArrayList<>();
        for (String name : List.of("requirements.txt", "requirements-dev.txt", "requirements_dev.txt",
                "dev-requirements.txt", "requirements-test.txt", "requirements/dev.txt", "requirements/test.txt")) {
            if (tree.exists(RepositoryTree.join(directory, name))) {
                requirements.add("-r " + name);
            }
        }
        if (!requirements.isEmpty()) {
            return Command.of(SETUP, "python -m pip install " + String.join(" ", requirements),
                    RepositoryTree.join(directory, requirements.getFirst().substring(3)));
        }
        boolean dev = pyproject.keys("project.optional-dependencies").contains("dev");
        return Command.of(SETUP, dev ? "python -m pip install -e '.[dev]'" : "python -m pip install -e .", source);
    }

    /** The file that shows the project uses pytest, if any. */
    private static Optional<String> pytestSource(RepositoryTree tree, String directory, TomlFile pyproject,
                                                 String pyprojectText) {
        String pyprojectPath = RepositoryTree.join(directory, "pyproject.toml");
        if (pyproject.hasTable("tool.pytest.ini_options")) {
            return Optional.of(pyprojectPath);
        }
        Optional<String> own = tree.first(RepositoryTree.join(directory, "pytest.ini"),
                RepositoryTree.join(directory, "conftest.py"), RepositoryTree.join(directory, "tests/conftest.py"));
        if (own.isPresent()) {
            return own;
        }
        if (pyprojectText.contains("pytest")) {
            return Optional.of(pyprojectPath);
        }
        for (String requirements : List.of("requirements-dev.txt", "requirements_dev.txt", "dev-requirements.txt",
                "requirements-test.txt", "requirements/dev.txt", "requirements/test.txt", "requirements.txt")) {
            String path = RepositoryTree.join(directory, requirements);
            if (tree.read(path).map(text -> text.contains("pytest")).orElse(false)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static void tools(RepositoryTree tree, String directory, TomlFile pyproject, String run, String source,
                              List<Command> commands) {
        Optional<String> ruffFile = tree.first(RepositoryTree.join(directory, "ruff.toml"),
                RepositoryTree.join(directory, ".ruff.toml"));
        if (pyproject.hasTable("tool.ruff") || ruffFile.isPresent()) {
            String from = ruffFile.orElse(source);
            commands.add(Command.of(LINT, run + "ruff check .", from));
            commands.add(Command.of(FORMAT, run + "ruff format .", from));
        }
        if (pyproject.hasTable("tool.black")) {
            commands.add(Command.of(FORMAT, run + "black .", source));
        }
        if (pyproject.hasTable("tool.isort")) {
            commands.add(Command.of(FORMAT, run + "isort .", source));
        }
        Optional<String> flake8 = tree.first(RepositoryTree.join(directory, ".flake8"));
        if (flake8.isPresent() || tree.read(RepositoryTree.join(directory, "setup.cfg"))
                .map(cfg -> cfg.contains("[flake8]")).orElse(false)) {
            commands.add(Command.of(LINT, run + "flake8", flake8.orElse(RepositoryTree.join(directory, "setup.cfg"))));
        }
        Optional<String> mypyFile = tree.first(RepositoryTree.join(directory, "mypy.ini"),
                RepositoryTree.join(directory, ".mypy.ini"));
        if (pyproject.hasTable("tool.mypy") || mypyFile.isPresent()) {
            commands.add(Command.of(TYPECHECK, run + "mypy .", mypyFile.orElse(source)));
        }
        if (pyproject.hasTable("tool.pyright") || tree.exists(RepositoryTree.join(directory, "pyrightconfig.json"))) {
            commands.add(Command.of(TYPECHECK, run + "pyright", source));
        }
    }

    private static void tox(RepositoryTree tree, String directory, TomlFile pyproject, List<Command> commands) {
        String toxIni = RepositoryTree.join(directory, "tox.ini");
        if (!tree.exists(toxIni) && !pyproject.hasTable("tool.tox")) {
            return;
        }
        String source = tree.exists(toxIni) ? toxIni : RepositoryTree.join(directory, "pyproject.toml");
        commands.add(Command.of(CHECK, "tox", source));
        List<String> envs = tree.exists(toxIni) ? IniEnvList.envList(tree.read(toxIni).orElse(""))
                : pyproject.list("tool.tox", "env_list");
        for (String env : envs) {
            Purpose purpose = purposeOf(env);
            if (purpose != null && purpose != TEST) {
                commands.add(Command.of(purpose, "tox -e " + env, source));
            }
        }
    }

    static Purpose purposeOf(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "test", "tests", "cov", "coverage", "test-cov", "unit" -> TEST;
            case "lint", "style", "check-style", "flake8", "ruff" -> LINT;
            case "fmt", "format", "black" -> FORMAT;
            case "typing", "types", "typecheck", "type", "mypy" -> TYPECHECK;
            case "all", "check", "ci" -> CHECK;
            default -> null;
        };
    }

    private static String lockOr(RepositoryTree tree, String directory, String lock, String fallback) {
        String path = RepositoryTree.join(directory, lock);
        return tree.exists(path) ? path : fallback;
    }

    private enum Manager {
        UV("uv run ", "uv"), POETRY("poetry run ", "Poetry"), HATCH("hatch run ", "Hatch"), PIP("", "pip");

        private final String prefix;
        private final String title;

        Manager(String prefix, String title) {
            this.prefix = prefix;
            this.title = title;
        }

        String prefix() {
            return prefix;
        }

        String title() {
            return title;
        }
    }
}
