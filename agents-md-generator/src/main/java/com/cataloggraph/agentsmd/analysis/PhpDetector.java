package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.SETUP;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;
import static com.cataloggraph.agentsmd.analysis.Purpose.TYPECHECK;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * PHP with Composer: {@code composer install}, the project's own Composer scripts for tests and linting when it
 * has them, else PHPUnit, PHPStan and PHP-CS-Fixer from {@code vendor/bin} when declared; PHP version from
 * {@code require.php}.
 */
final class PhpDetector implements BuildSystemDetector {

    private static final Set<String> TEST_SCRIPTS = Set.of("test", "tests");
    private static final Set<String> LINT_SCRIPTS = Set.of("lint", "cs", "cs-check", "phpcs");
    private static final Set<String> ANALYSE_SCRIPTS = Set.of("analyse", "analyze", "phpstan", "stan");

    @Override
    public List<String> markers() {
        return List.of("composer.json");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = RepositoryTree.join(directory, "composer.json");
        JsonNode json = JsonFiles.read(tree, file, problems).orElse(null);
        JsonNode scripts = json == null ? null : json.get("scripts");
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(SETUP, "composer install", file));
        boolean scriptedTest = script(scripts, TEST_SCRIPTS, TEST, file, commands);
        boolean scriptedLint = script(scripts, LINT_SCRIPTS, LINT, file, commands);
        boolean scriptedAnalysis = script(scripts, ANALYSE_SCRIPTS, TYPECHECK, file, commands);
        if (!scriptedTest && (declares(json, "phpunit/phpunit") || tree.first(RepositoryTree.join(directory,
                "phpunit.xml"), RepositoryTree.join(directory, "phpunit.xml.dist")).isPresent())) {
            commands.add(Command.of(TEST, "vendor/bin/phpunit", file));
        }
        if (declares(json, "phpunit/phpunit") || tree.exists(RepositoryTree.join(directory, "phpunit.xml.dist"))
                || tree.exists(RepositoryTree.join(directory, "phpunit.xml"))) {
            commands.add(Command.of(TEST, "vendor/bin/phpunit --filter NameTest", file).withNote("one test class"));
        }
        if (!scriptedAnalysis && (declares(json, "phpstan/phpstan") || tree.first(RepositoryTree.join(directory,
                "phpstan.neon"), RepositoryTree.join(directory, "phpstan.neon.dist")).isPresent())) {
            commands.add(Command.of(TYPECHECK, "vendor/bin/phpstan analyse", file));
        }
        if (declares(json, "friendsofphp/php-cs-fixer") || tree.first(RepositoryTree.join(directory,
                ".php-cs-fixer.php"), RepositoryTree.join(directory, ".php-cs-fixer.dist.php")).isPresent()) {
            if (!scriptedLint) {
                commands.add(Command.of(LINT, "vendor/bin/php-cs-fixer fix --dry-run --diff", file));
            }
            commands.add(Command.of(FORMAT, "vendor/bin/php-cs-fixer fix", file));
        }
        List<String> facts = new ArrayList<>();
        if (json != null) {
            String php = json.path("require").path("php").stringValue(null);
            if (php != null) {
                facts.add("PHP " + php);
            }
        }
        if (tree.exists(RepositoryTree.join(directory, "artisan"))) {
            facts.add("Laravel (`php artisan`)");
        }
        if (tree.exists(RepositoryTree.join(directory, "symfony.lock"))) {
            facts.add("Symfony");
        }
        return Optional.of(new BuildSystem("Composer", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }

    /** {@code composer run-script NAME} for the first script named like the purpose; whether there was one. */
    private static boolean script(JsonNode scripts, Set<String> names, Purpose purpose, String file,
                                  List<Command> commands) {
        if (scripts == null || !scripts.isObject()) {
            return false;
        }
        for (String name : scripts.propertyNames()) {
            if (names.contains(name)) {
                commands.add(Command.of(purpose, "composer run-script " + name, file));
                return true;
            }
        }
        return false;
    }

    private static boolean declares(JsonNode json, String dependency) {
        return json != null && (json.path("require").has(dependency) || json.path("require-dev").has(dependency));
    }
}
