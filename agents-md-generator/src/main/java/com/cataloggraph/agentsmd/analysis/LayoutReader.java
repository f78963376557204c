package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Top-level folders with a role (by name, and by build files inside), plus generated and vendored
 * folders at any depth, which become boundaries.
 */
final class LayoutReader {

    private static final Map<String, FolderRole> BY_NAME = Map.ofEntries(
            Map.entry("src", FolderRole.SOURCE), Map.entry("lib", FolderRole.SOURCE), Map.entry("app", FolderRole.SOURCE),
            Map.entry("apps", FolderRole.SOURCE), Map.entry("cmd", FolderRole.SOURCE), Map.entry("pkg", FolderRole.SOURCE),
            Map.entry("internal", FolderRole.SOURCE), Map.entry("packages", FolderRole.SOURCE),
            Map.entry("services", FolderRole.SOURCE), Map.entry("crates", FolderRole.SOURCE),
            Map.entry("modules", FolderRole.SOURCE), Map.entry("server", FolderRole.SOURCE),
            Map.entry("client", FolderRole.SOURCE), Map.entry("frontend", FolderRole.SOURCE),
            Map.entry("backend", FolderRole.SOURCE), Map.entry("web", FolderRole.SOURCE),
            Map.entry("test", FolderRole.TESTS), Map.entry("tests", FolderRole.TESTS), Map.entry("spec", FolderRole.TESTS),
            Map.entry("specs", FolderRole.TESTS), Map.entry("__tests__", FolderRole.TESTS), Map.entry("e2e", FolderRole.TESTS),
            Map.entry("it", FolderRole.TESTS), Map.entry("integration-tests", FolderRole.TESTS),
            Map.entry("testdata", FolderRole.TESTS), Map.entry("docs", FolderRole.DOCS), Map.entry("doc", FolderRole.DOCS),
            Map.entry("documentation", FolderRole.DOCS), Map.entry("proto", FolderRole.API_DEFINITIONS),
            Map.entry("protos", FolderRole.API_DEFINITIONS), Map.entry("openapi", FolderRole.API_DEFINITIONS),
            Map.entry("schemas", FolderRole.API_DEFINITIONS), Map.entry("migrations", FolderRole.MIGRATIONS),
            Map.entry("alembic", FolderRole.MIGRATIONS), Map.entry("deploy", FolderRole.DEPLOYMENT),
            Map.entry("deployment", FolderRole.DEPLOYMENT), Map.entry("deployments", FolderRole.DEPLOYMENT),
            Map.entry("helm", FolderRole.DEPLOYMENT), Map.entry("charts", FolderRole.DEPLOYMENT),
            Map.entry("k8s", FolderRole.DEPLOYMENT), Map.entry("kubernetes", FolderRole.DEPLOYMENT),
            Map.entry("infra", FolderRole.DEPLOYMENT), Map.entry("terraform", FolderRole.DEPLOYMENT),
            Map.entry("manifests", FolderRole.DEPLOYMENT), Map.entry("scripts", FolderRole.SCRIPTS),
            Map.entry("tools", FolderRole.SCRIPTS), Map.entry("bin", FolderRole.SCRIPTS), Map.entry("hack", FolderRole.SCRIPTS));

    private static final Map<String, String> NOTES = Map.of("cmd", "`main` packages", "internal", "private packages");
    /** Nested folders deeper than this are not looked at for generated code. */
    private static final int MAX_NESTED_DEPTH = 4;

    private LayoutReader() {
    }

    static List<Folder> read(RepositoryTree tree, ContentFilter filter) {
        List<Folder> folders = new ArrayList<>();
        for (String name : tree.foldersIn("")) {
            if (name.startsWith(".")) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (filter.vendored(name + "/x")) {
                folders.add(new Folder(name, FolderRole.VENDORED, null));
            } else if (filter.generated(name + "/x")) {
                folders.add(new Folder(name, FolderRole.GENERATED, null));
            } else if (tree.exists(name + "/pom.xml")) {
                folders.add(new Folder(name, FolderRole.SOURCE, "Maven module"));
            } else if (tree.exists(name + "/build.gradle") || tree.exists(name + "/build.gradle.kts")) {
                folders.add(new Folder(name, FolderRole.SOURCE, "Gradle project"));
            } else if (BY_NAME.containsKey(lower)) {
                folders.add(new Folder(name, BY_NAME.get(lower), NOTES.get(lower)));
            }
        }
        for (String nested : nestedFolders(tree, filter)) {
            if (nested.contains("/")) {
                folders.add(new Folder(nested, filter.vendored(nested + "/x") ? FolderRole.VENDORED : FolderRole.GENERATED,
                        null));
            }
        }
        return folders;
    }

    /** Generated or vendored folders at any depth up to the limit, outermost only. */
    private static Set<String> nestedFolders(RepositoryTree tree, ContentFilter filter) {
        Set<String> found = new TreeSet<>();
        Set<String> candidates = new TreeSet<>(filter.attributedFolders(ContentFilter.Kind.GENERATED));
        candidates.addAll(filter.attributedFolders(ContentFilter.Kind.VENDORED));
        for (String path : tree.files().keySet()) {
            String[] parts = path.split("/");
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length - 1 && i < MAX_NESTED_DEPTH; i++) {
                prefix.append(i == 0 ? "" : "/").append(parts[i]);
                String lower = parts[i].toLowerCase(Locale.ROOT);
                if (ContentFilter.GENERATED_FOLDERS.contains(lower) || ContentFilter.VENDORED_FOLDERS.contains(lower)) {
                    candidates.add(prefix.toString());
                    break;
                }
            }
        }
        for (String candidate : candidates) {
            boolean inside = found.stream().anyMatch(outer -> candidate.startsWith(outer + "/"));
            boolean hasFiles = !tree.filesUnder(candidate).isEmpty();
            if (!inside && hasFiles && (filter.generated(candidate + "/x") || filter.vendored(candidate + "/x"))) {
                found.add(candidate);
            }
        }
        return found;
    }
}
