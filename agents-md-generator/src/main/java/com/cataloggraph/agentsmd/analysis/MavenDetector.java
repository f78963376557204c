package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.BUILD;
import static com.cataloggraph.agentsmd.analysis.Purpose.CHECK;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xml.sax.SAXParseException;

/** Maven: {@code ./mvnw} when the wrapper is checked in; lint and format from the plugins the POM declares. */
final class MavenDetector implements BuildSystemDetector {

    @Override
    public List<String> markers() {
        return List.of("pom.xml");
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        String file = RepositoryTree.join(directory, "pom.xml");
        String mvn = BuildSystemDetector.wrapperOr(tree, directory, "mvnw", "mvn");
        PomFile pom = new PomFile(List.of(), java.util.Map.of(), List.of());
        try {
            pom = PomFile.parse(tree.read(file).orElse(""));
        } catch (SAXParseException e) {
            problems.add(new AnalysisProblem(file, Math.max(e.getLineNumber(), 0),
                    "not well-formed XML: " + e.getMessage()));
        }
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(BUILD, mvn + " -B package -DskipTests", file));
        commands.add(Command.of(TEST, mvn + " -B test", file));
        commands.add(Command.of(TEST, mvn + " -B test -Dtest=NameTest", file).withNote("one class"));
        if (!pom.modules().isEmpty()) {
            commands.add(Command.of(TEST, mvn + " -B -pl " + pom.modules().getFirst() + " -am test", file)
                    .withNote("one module"));
        }
        if (pom.hasPlugin("spotless-maven-plugin")) {
            commands.add(Command.of(LINT, mvn + " -B spotless:check", file));
            commands.add(Command.of(FORMAT, mvn + " -B spotless:apply", file));
        }
        if (pom.hasPlugin("maven-checkstyle-plugin")) {
            commands.add(Command.of(LINT, mvn + " -B checkstyle:check", file));
        }
        if (pom.hasPlugin("fmt-maven-plugin")) {
            commands.add(Command.of(FORMAT, mvn + " -B com.spotify.fmt:fmt-maven-plugin:format", file));
        }
        if (pom.hasPlugin("spotbugs-maven-plugin")) {
            commands.add(Command.of(LINT, mvn + " -B spotbugs:check", file));
        }
        commands.add(Command.of(CHECK, mvn + " -B verify", file));
        List<String> facts = new ArrayList<>();
        if (pom.javaVersion() != null) {
            facts.add("Java " + pom.javaVersion());
        }
        if (!pom.modules().isEmpty()) {
            facts.add("modules " + String.join(", ", pom.modules().stream().map(m -> "`" + m + "`").toList()));
        }
        if (mvn.startsWith("./")) {
            facts.add("wrapper `./mvnw`");
        }
        return Optional.of(new BuildSystem("Maven", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }
}
