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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Make: the targets whose names say what they do; the project's own front door when present. */
final class MakeDetector implements BuildSystemDetector {

    /** {@code target [target...]:} at the start of a line, not a variable assignment. */
    private static final Pattern RULE = Pattern.compile(
            "^([A-Za-z0-9][A-Za-z0-9_./-]*(?:[ \\t]+[A-Za-z0-9][A-Za-z0-9_./-]*)*)[ \\t]*::?(?!=)(?!:=)");

    @Override
    public List<String> markers() {
        return List.of("Makefile", "makefile", "GNUmakefile");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = tree.first(markers().stream().map(m -> RepositoryTree.join(directory, m)).toArray(String[]::new))
                .orElseThrow();
        Set<String> targets = targets(tree.read(file).orElse(""));
        List<Command> commands = new ArrayList<>();
        boolean hasBuild = targets.stream().anyMatch(t -> purposeOf(t) == BUILD);
        for (String target : targets) {
            Purpose purpose = purposeOf(target);
            if (purpose == null && target.equals("all") && !hasBuild) {
                purpose = BUILD;
            }
            if (purpose != null) {
                commands.add(Command.of(purpose, "make " + target, file));
            }
        }
        if (commands.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BuildSystem("Make", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), List.of()));
    }

    /** Target names in file order, without special targets ({@code .PHONY}) and pattern rules. */
    static Set<String> targets(String makefile) {
        Set<String> targets = new LinkedHashSet<>();
        for (String line : makefile.lines().toList()) {
            Matcher rule = RULE.matcher(line);
            if (rule.find()) {
                for (String target : rule.group(1).split("[ \\t]+")) {
                    if (!target.contains("%") && !target.startsWith(".")) {
                        targets.add(target);
                    }
                }
            }
        }
        return targets;
    }

    static Purpose purposeOf(String target) {
        return switch (target.toLowerCase(Locale.ROOT)) {
            case "build", "compile", "dist" -> BUILD;
            case "test", "tests", "unit", "unit-test", "test-unit", "integration", "integration-test",
                 "test-integration", "e2e", "test-e2e", "coverage", "cover" -> TEST;
            case "lint", "vet", "staticcheck", "check-style", "lint-check" -> LINT;
            case "fmt", "format" -> FORMAT;
            case "typecheck", "type-check", "mypy" -> TYPECHECK;
            case "check", "ci", "verify", "precommit", "pre-commit" -> CHECK;
            case "run", "dev", "serve", "start", "up" -> RUN;
            case "generate", "gen", "codegen", "proto", "protos", "mocks" -> GENERATE;
            case "install", "setup", "deps", "bootstrap", "tools" -> SETUP;
            default -> null;
        };
    }
}
