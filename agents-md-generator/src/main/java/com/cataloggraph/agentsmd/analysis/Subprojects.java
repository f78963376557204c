package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The subprojects of a monorepo, each of which gets its own AGENTS.md: folders one or two levels down with a build
 * of an ecosystem the root's build does not already cover (a Maven module or an npm workspace member belongs to the
 * root), or with their own catalog descriptor. Only a repository with two or more is a monorepo; a folder inside a
 * subproject is not another one; at most {@code max}, in path order.
 */
final class Subprojects {

    static final List<String> DESCRIPTORS = List.of("catalog-info.yaml", "catalog-info.yml");

    private Subprojects() {
    }

    static List<String> find(RepositoryTree tree, ContentFilter filter, List<BuildSystemDetector> detectors, int max) {
        if (max <= 0) {
            return List.of();
        }
        List<BuildSystemDetector> atRoot = detectors.stream().filter(d -> d.applies(tree, "")).toList();
        List<String> found = new ArrayList<>();
        for (String top : tree.foldersIn("")) {
            if (!candidate(tree, filter, top)) {
                continue;
            }
            if (own(tree, top, detectors, atRoot)) {
                found.add(top);
                continue;
            }
            for (String child : tree.foldersIn(top)) {
                String folder = top + "/" + child;
                if (candidate(tree, filter, folder) && own(tree, folder, detectors, atRoot)) {
                    found.add(folder);
                }
            }
        }
        return found.size() < 2 ? List.of() : List.copyOf(found.subList(0, Math.min(max, found.size())));
    }

    private static boolean candidate(RepositoryTree tree, ContentFilter filter, String folder) {
        String name = folder.substring(folder.lastIndexOf('/') + 1);
        return !name.startsWith(".") && filter.own(folder + "/x") && RepositoryTree.isContent(folder + "/x");
    }

    private static boolean own(RepositoryTree tree, String folder, List<BuildSystemDetector> detectors,
                               List<BuildSystemDetector> atRoot) {
        if (DESCRIPTORS.stream().anyMatch(name -> tree.exists(folder + "/" + name))) {
            return true;
        }
        return detectors.stream().filter(d -> !(d instanceof MakeDetector))
                .anyMatch(d -> d.applies(tree, folder) && atRoot.stream().noneMatch(r -> r.getClass() == d.getClass()));
    }
}
