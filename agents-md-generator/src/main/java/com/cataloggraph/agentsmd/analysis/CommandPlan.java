package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The commands to show, by purpose. CI is the source of truth: where a CI job runs a command for
 * a purpose, that exact line comes first; what the build files offer follows when it adds
 * something (a different command, or a variant such as one test class).
 */
public record CommandPlan(Map<Purpose, List<Command>> byPurpose) {

    /** More than this per purpose is noise for an agent. */
    static final int MAX_PER_PURPOSE = 4;

    private static final List<Classifier> CLASSIFIERS = List.of(
            new Classifier(Purpose.SETUP, "\\b(npm ci|npm install|pnpm install|yarn install|bun install|uv sync"
                    + "|poetry install|pip3? install|-m pip install|go mod download|bundle install|dotnet restore"
                    + "|composer install"
                    + "|make (install|deps|setup|bootstrap))\\b"),
            new Classifier(Purpose.LINT, "(spotless:check|spotlesscheck|ktlintcheck|checkstyle|clippy|golangci-lint"
                    + "|go vet|ruff check|flake8|eslint|\\blint\\b|lint:|--check|format:check|detekt|staticcheck"
                    + "|pre-commit run|rubocop|standardrb|php-cs-fixer fix --dry-run)"),
            new Classifier(Purpose.TYPECHECK, "(\\bmypy\\b|\\bpyright\\b|\\btsc\\b|typecheck|type-check|phpstan)"),
            new Classifier(Purpose.CHECK, "(\\bverify\\b|\\bcheck\\b|\\btox\\b|\\bnox\\b|\\bmake ci\\b)"),
            new Classifier(Purpose.TEST, "(\\btest\\b|\\btests\\b|pytest|test:|\\bjest\\b|vitest|\\be2e\\b|coverage|rspec"
                    + "|phpunit)"),
            new Classifier(Purpose.BUILD, "(\\bbuild\\b|\\bpackage\\b|\\bassemble\\b|\\bcompile\\b|\\binstall\\b|\\bdist\\b)"),
            new Classifier(Purpose.FORMAT, "(\\bfmt\\b|\\bformat\\b)"),
            new Classifier(Purpose.GENERATE, "(\\bgenerate\\b|codegen)"));

    public CommandPlan {
        Map<Purpose, List<Command>> copy = new EnumMap<>(Purpose.class);
        byPurpose.forEach((purpose, commands) -> copy.put(purpose, List.copyOf(commands)));
        byPurpose = java.util.Collections.unmodifiableMap(copy);
    }

    public static CommandPlan of(List<BuildSystem> buildSystems, CiConfig ci) {
        Map<Purpose, List<Command>> plan = new EnumMap<>(Purpose.class);
        for (CiJob job : ci.jobs()) {
            for (String line : job.commands()) {
                Purpose purpose = purposeOf(line);
                if (purpose != null) {
                    add(plan, new Command(purpose, line, "CI", job.file()));
                }
            }
        }
        for (BuildSystem system : buildSystems) {
            for (Command command : system.commands()) {
                List<Command> present = plan.getOrDefault(command.purpose(), List.of());
                boolean covered = present.stream().anyMatch(existing -> existing.line().equals(command.line())
                        || "CI".equals(existing.note()) && command.note() == null
                        && existing.line().contains(command.line()));
                if (!covered) {
                    add(plan, command);
                }
            }
        }
        return new CommandPlan(plan);
    }

    /** What a command line is for, judged by the words in it; null when it says nothing clear. */
    public static Purpose purposeOf(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (Classifier classifier : CLASSIFIERS) {
            if (classifier.pattern.matcher(lower).find()) {
                return classifier.purpose;
            }
        }
        return null;
    }

    public List<Command> commands(Purpose purpose) {
        return byPurpose.getOrDefault(purpose, List.of());
    }

    public boolean isEmpty() {
        return byPurpose.isEmpty();
    }

    /** The first command for a purpose, e.g. how to regenerate code. */
    public java.util.Optional<Command> first(Purpose purpose) {
        return commands(purpose).stream().findFirst();
    }

    private static void add(Map<Purpose, List<Command>> plan, Command command) {
        List<Command> commands = plan.computeIfAbsent(command.purpose(), key -> new ArrayList<>());
        if (commands.size() < MAX_PER_PURPOSE && commands.stream().noneMatch(c -> c.line().equals(command.line()))) {
            commands.add(command);
        }
    }

    private record Classifier(Purpose purpose, Pattern pattern) {
        Classifier(Purpose purpose, String regex) {
            this(purpose, Pattern.compile(regex));
        }
    }
}
