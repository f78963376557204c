package com.cataloggraph.agentsmd.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Analyses a checkout: build systems at the root, then in top-level folders for ecosystems the
 * root does not already cover (a {@code web/} frontend beside a Maven root), then CI, layout,
 * boundaries, conventions and guidance. Thread-safe and stateless.
 */
public final class RepositoryAnalyzer {

    /** Folders beyond this many with their own build are not analysed separately. */
    static final int MAX_FOLDER_BUILDS = 6;

    /** Make first: a Makefile is the project's own front door to the other tools. */
    private static final List<BuildSystemDetector> DETECTORS = List.of(new MakeDetector(), new MavenDetector(),
            new GradleDetector(), new NodeDetector(), new PythonDetector(), new GoDetector(), new CargoDetector(),
            new DotnetDetector(), new RubyDetector(), new PhpDetector(), new BazelDetector());

    private final String fileName;
    private final int maxNested;

    /** @param fileName the file the generator writes, {@code AGENTS.md} */
    public RepositoryAnalyzer(String fileName) {
        this(fileName, 0);
    }

    /**
     * @param fileName  the file the generator writes, {@code AGENTS.md}
     * @param maxNested at most this many subprojects of a monorepo get their own file (0: none)
     */
    public RepositoryAnalyzer(String fileName, int maxNested) {
        this.fileName = fileName;
        this.maxNested = maxNested;
    }

    public RepositoryAnalysis analyze(Path checkout) {
        return analyze(RepositoryTree.scan(checkout));
    }

    public RepositoryAnalysis analyze(RepositoryTree tree) {
        List<AnalysisProblem> problems = new ArrayList<>();
        ContentFilter filter = ContentFilter.of(tree);
        List<BuildSystem> buildSystems = new ArrayList<>();
        Set<BuildSystemDetector> atRoot = new HashSet<>();
        for (BuildSystemDetector detector : DETECTORS) {
            if (detector.applies(tree, "")) {
                Optional<BuildSystem> found = detector.detect(tree, "", problems);
                found.ifPresent(buildSystems::add);
                found.ifPresent(system -> atRoot.add(detector));
            }
        }
        int inFolders = 0;
        for (String folder : tree.foldersIn("")) {
            if (folder.startsWith(".") || !filter.own(folder + "/x") || inFolders >= MAX_FOLDER_BUILDS) {
                continue;
            }
            for (BuildSystemDetector detector : DETECTORS) {
                if (!atRoot.contains(detector) && !(detector instanceof MakeDetector) && detector.applies(tree, folder)) {
                    Optional<BuildSystem> found = detector.detect(tree, folder, problems);
                    if (found.isPresent()) {
                        buildSystems.add(found.get());
                        inFolders++;
                    }
                }
            }
        }
        CiConfig ci = CiReader.read(tree, problems);
        CommandPlan commands = CommandPlan.of(buildSystems, ci);
        List<Folder> layout = LayoutReader.read(tree, filter);
        List<Boundary> boundaries = BoundaryReader.read(tree, buildSystems, layout, commands);
        List<Convention> conventions = ConventionReader.read(tree);
        List<String> subprojects = Subprojects.find(tree, filter, DETECTORS, maxNested);
        List<GuidanceFile> guidance = GuidanceReader.read(tree, fileName).stream()
                .filter(file -> !subprojects.contains(file.path().endsWith("/" + fileName)
                        ? file.path().substring(0, file.path().length() - fileName.length() - 1) : file.path()))
                .toList();
        Set<String> filesRead = new TreeSet<>();
        buildSystems.forEach(system -> {
            filesRead.add(system.file());
            system.commands().forEach(command -> filesRead.add(command.source()));
        });
        filesRead.addAll(ci.files());
        conventions.forEach(convention -> filesRead.addAll(convention.sources()));
        guidance.forEach(file -> filesRead.add(file.path()));
        if (tree.exists(".gitattributes")) {
            filesRead.add(".gitattributes");
        }
        return new RepositoryAnalysis(tree.name(), Languages.of(tree, filter), buildSystems, ci, commands, layout,
                boundaries, conventions, guidance, List.copyOf(filesRead), problems, subprojects);
    }
}
