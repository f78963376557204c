package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.BUILD;
import static com.cataloggraph.agentsmd.analysis.Purpose.CHECK;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gradle (Groovy or Kotlin DSL): {@code ./gradlew} when the wrapper is checked in; plugins decide lint and format. */
final class GradleDetector implements BuildSystemDetector {

    private static final Pattern INCLUDE = Pattern.compile("^\\s*include\\s*\\(?(.*?)\\)?\\s*$", Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("[\"']:?([^\"']+)[\"']");
    private static final Pattern TOOLCHAIN = Pattern.compile(
            "(?:JavaLanguageVersion\\.of\\(\\s*(\\d+)\\s*\\)|jvmToolchain\\(\\s*(\\d+)\\s*\\)"
                    + "|JavaVersion\\.VERSION_(\\d+(?:_\\d+)?))");

    @Override
    public List<String> markers() {
        return List.of("build.gradle.kts", "build.gradle", "settings.gradle.kts", "settings.gradle");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = tree.first(markers().stream().map(m -> RepositoryTree.join(directory, m)).toArray(String[]::new))
                .orElseThrow();
        String gradle = BuildSystemDetector.wrapperOr(tree, directory, "gradlew", "gradle");
        String build = tree.read(RepositoryTree.join(directory, "build.gradle.kts"))
                .or(() -> tree.read(RepositoryTree.join(directory, "build.gradle"))).orElse("");
        String settings = tree.read(RepositoryTree.join(directory, "settings.gradle.kts"))
                .or(() -> tree.read(RepositoryTree.join(directory, "settings.gradle"))).orElse("");
        List<String> projects = new ArrayList<>();
        Matcher include = INCLUDE.matcher(settings);
        while (include.find()) {
            Matcher quoted = QUOTED.matcher(include.group(1));
            while (quoted.find()) {
                projects.add(quoted.group(1).replace(':', '/'));
            }
        }
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(BUILD, gradle + " assemble", file));
        commands.add(Command.of(TEST, gradle + " test", file));
        commands.add(Command.of(TEST, gradle + " test --tests 'NameTest'", file).withNote("one class"));
        if (!projects.isEmpty()) {
            commands.add(Command.of(TEST, gradle + " :" + projects.getFirst().replace('/', ':') + ":test", file)
                    .withNote("one project"));
        }
        if (build.contains("com.diffplug.spotless")) {
            commands.add(Command.of(LINT, gradle + " spotlessCheck", file));
            commands.add(Command.of(FORMAT, gradle + " spotlessApply", file));
        }
        if (build.contains("org.jlleitschuh.gradle.ktlint")) {
            commands.add(Command.of(LINT, gradle + " ktlintCheck", file));
            commands.add(Command.of(FORMAT, gradle + " ktlintFormat", file));
        }
        if (build.contains("io.gitlab.arturbosch.detekt")) {
            commands.add(Command.of(LINT, gradle + " detekt", file));
        }
        if (Pattern.compile("(id\\s*\\(?\\s*[\"']checkstyle[\"']|apply plugin:\\s*[\"']checkstyle[\"']|^\\s*checkstyle\\s*$)",
                Pattern.MULTILINE).matcher(build).find()) {
            commands.add(Command.of(LINT, gradle + " checkstyleMain", file));
        }
        commands.add(Command.of(CHECK, gradle + " check", file));
        List<String> facts = new ArrayList<>();
        Matcher toolchain = TOOLCHAIN.matcher(build);
        if (toolchain.find()) {
            String version = toolchain.group(1) != null ? toolchain.group(1)
                    : toolchain.group(2) != null ? toolchain.group(2) : toolchain.group(3).replace('_', '.');
            facts.add("Java " + version);
        }
        if (file.endsWith(".kts")) {
            facts.add("Kotlin DSL");
        }
        if (!projects.isEmpty()) {
            facts.add("projects " + String.join(", ", projects.stream().map(p -> "`" + p + "`").toList()));
        }
        if (gradle.startsWith("./")) {
            facts.add("wrapper `./gradlew`");
        }
        return Optional.of(new BuildSystem("Gradle", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }
}
