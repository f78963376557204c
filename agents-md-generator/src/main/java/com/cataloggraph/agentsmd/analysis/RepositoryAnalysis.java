package com.cataloggraph.agentsmd.analysis;

import java.util.List;

/**
 * Everything the analysis found in one checkout, each list in a fixed order.
 *
 * @param name         the checkout's folder name
 * @param languages    language shares, largest first
 * @param buildSystems build systems at the root, then in top-level folders
 * @param ci           what CI runs
 * @param commands     the commands to show, CI first
 * @param layout       folders with a role
 * @param boundaries   what not to edit by hand
 * @param conventions  conventions stated in files
 * @param guidance     existing guidance to link
 * @param filesRead    the files the facts came from, sorted
 * @param problems     files that could not be read as what they claim to be
 * @param subprojects  a monorepo's subproject folders, each with its own AGENTS.md; empty otherwise
 */
public record RepositoryAnalysis(String name, List<LanguageShare> languages, List<BuildSystem> buildSystems,
                                 CiConfig ci, CommandPlan commands, List<Folder> layout, List<Boundary> boundaries,
                                 List<Convention> conventions, List<GuidanceFile> guidance, List<String> filesRead,
                                 List<AnalysisProblem> problems, List<String> subprojects) {

    public RepositoryAnalysis {
        languages = List.copyOf(languages);
        buildSystems = List.copyOf(buildSystems);
        layout = List.copyOf(layout);
        boundaries = List.copyOf(boundaries);
        conventions = List.copyOf(conventions);
        guidance = List.copyOf(guidance);
        filesRead = List.copyOf(filesRead);
        problems = List.copyOf(problems);
        subprojects = List.copyOf(subprojects);
    }
}
