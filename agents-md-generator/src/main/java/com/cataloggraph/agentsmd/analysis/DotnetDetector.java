package com.cataloggraph.agentsmd.analysis;

import static com.cataloggraph.agentsmd.analysis.Purpose.BUILD;
import static com.cataloggraph.agentsmd.analysis.Purpose.FORMAT;
import static com.cataloggraph.agentsmd.analysis.Purpose.LINT;
import static com.cataloggraph.agentsmd.analysis.Purpose.SETUP;
import static com.cataloggraph.agentsmd.analysis.Purpose.TEST;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * .NET: the {@code dotnet} CLI over the folder's solution ({@code .sln}, {@code .slnx}) or its one project; SDK
 * version from {@code global.json}, target frameworks from the project files, locked restore when NuGet lock files
 * are checked in.
 */
final class DotnetDetector implements BuildSystemDetector {

    private static final List<String> SOLUTIONS = List.of(".sln", ".slnx");
    private static final List<String> PROJECTS = List.of(".csproj", ".fsproj", ".vbproj");
    private static final Pattern FRAMEWORK = Pattern.compile("<TargetFrameworks?>\\s*([^<]+?)\\s*</TargetFrameworks?>");

    @Override
    public List<String> markers() {
        return List.of("global.json", "Directory.Build.props");
    }

    @Override
    public boolean applies(RepositoryTree tree, String directory) {
        return tree.filesIn(directory).stream().anyMatch(path -> endsWithAny(path, SOLUTIONS) || endsWithAny(path,
                PROJECTS));
    }

    @Override
    public Optional<BuildSystem> detect(RepositoryTree tree, String directory, List<AnalysisProblem> problems) {
        List<String> here = tree.filesIn(directory);
        List<String> solutions = here.stream().filter(path -> endsWithAny(path, SOLUTIONS)).toList();
        List<String> projects = here.stream().filter(path -> endsWithAny(path, PROJECTS)).toList();
        String file = !solutions.isEmpty() ? solutions.getFirst() : projects.getFirst();
        String target = solutions.size() > 1 || solutions.isEmpty() && projects.size() > 1
                ? " " + file.substring(file.lastIndexOf('/') + 1) : "";
        boolean locked = tree.files().keySet().stream().anyMatch(path -> path.endsWith("packages.lock.json")
                && (directory.isEmpty() || path.startsWith(directory + "/")));
        List<Command> commands = new ArrayList<>();
        commands.add(Command.of(SETUP, "dotnet restore" + target + (locked ? " --locked-mode" : ""), file));
        commands.add(Command.of(BUILD, "dotnet build" + target + " --no-restore", file));
        commands.add(Command.of(TEST, "dotnet test" + target, file));
        commands.add(Command.of(TEST, "dotnet test" + target + " --filter \"FullyQualifiedName~NameTest\"", file)
                .withNote("one test class"));
        commands.add(Command.of(LINT, "dotnet format" + target + " --verify-no-changes", file));
        commands.add(Command.of(FORMAT, "dotnet format" + target, file));
        List<String> facts = new ArrayList<>();
        String globalJson = RepositoryTree.join(directory, "global.json");
        JsonFiles.read(tree, globalJson, problems).map(json -> json.path("sdk").path("version").stringValue(null))
                .ifPresent(version -> facts.add(".NET SDK " + version + " (`" + globalJson + "`)"));
        TreeSet<String> frameworks = new TreeSet<>();
        int projectCount = 0;
        for (String path : directory.isEmpty() ? tree.files().keySet() : tree.filesUnder(directory)) {
            if (endsWithAny(path, PROJECTS)) {
                projectCount++;
                if (projectCount <= 20) {
                    tree.read(path).ifPresent(text -> {
                        Matcher matcher = FRAMEWORK.matcher(text);
                        while (matcher.find()) {
                            for (String framework : matcher.group(1).split(";")) {
                                if (!framework.isBlank() && !framework.contains("$")) {
                                    frameworks.add(framework.strip());
                                }
                            }
                        }
                    });
                }
            }
        }
        if (!frameworks.isEmpty()) {
            facts.add("target " + String.join(", ", frameworks));
        }
        if (projectCount > 1) {
            facts.add(projectCount + " projects");
        }
        return Optional.of(new BuildSystem(".NET", directory, file,
                commands.stream().map(c -> c.inDirectory(directory)).toList(), facts));
    }

    private static boolean endsWithAny(String path, List<String> suffixes) {
        return suffixes.stream().anyMatch(path::endsWith);
    }
}
