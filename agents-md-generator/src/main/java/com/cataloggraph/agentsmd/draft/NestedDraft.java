package com.cataloggraph.agentsmd.draft;

import com.cataloggraph.agentsmd.analysis.RepositoryAnalysis;

/**
 * The AGENTS.md of one monorepo subproject.
 *
 * @param folder   the subproject's folder
 * @param path     the file, {@code folder/AGENTS.md}
 * @param analysis what the analysis of the folder found
 * @param draft    its generated block
 * @param existing the file as the repository has it, or null
 * @param check    how {@code existing} compares
 * @param merged   {@code existing} with the draft merged in
 */
public record NestedDraft(String folder, String path, RepositoryAnalysis analysis, Draft draft, String existing,
                          CheckResult check, MergeResult merged) {
}
