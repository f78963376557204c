package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Guidance the repository already has, to link rather than repeat: contribution and security
 * rules, code owners, architecture notes, other agents' instruction files and nested AGENTS.md.
 */
final class GuidanceReader {

    private static final int MAX_NESTED_AGENTS_FILES = 5;

    private GuidanceReader() {
    }

    /**
     * @param fileName the generated file's own name ({@code AGENTS.md}), which is not linked to itself
     */
    static List<GuidanceFile> read(RepositoryTree tree, String fileName) {
        List<GuidanceFile> guidance = new ArrayList<>();
        tree.first("CONTRIBUTING.md", ".github/CONTRIBUTING.md", "docs/CONTRIBUTING.md", "CONTRIBUTING.rst",
                "CONTRIBUTING.txt", "CONTRIBUTING").ifPresent(p -> guidance.add(new GuidanceFile(p, "how to contribute")));
        tree.first("CODEOWNERS", ".github/CODEOWNERS", ".gitlab/CODEOWNERS", "docs/CODEOWNERS")
                .ifPresent(p -> guidance.add(new GuidanceFile(p, codeOwnersText(tree, p))));
        tree.first("ARCHITECTURE.md", "docs/ARCHITECTURE.md", "docs/architecture.md")
                .ifPresent(p -> guidance.add(new GuidanceFile(p, "architecture")));
        tree.first("SECURITY.md", ".github/SECURITY.md").ifPresent(p -> guidance.add(new GuidanceFile(p, "security policy")));
        for (String file : List.of("CLAUDE.md", "GEMINI.md", ".github/copilot-instructions.md", ".cursorrules")) {
            if (tree.exists(file)) {
                guidance.add(new GuidanceFile(file, "more instructions for agents"));
            }
        }
        tree.filesIn(".cursor/rules").stream().findFirst()
                .ifPresent(p -> guidance.add(new GuidanceFile(".cursor/rules/", "more instructions for agents")));
        tree.files().keySet().stream()
                .filter(p -> p.endsWith("/" + fileName) && !p.startsWith("node_modules/"))
                .limit(MAX_NESTED_AGENTS_FILES)
                .forEach(p -> guidance.add(new GuidanceFile(p, "instructions for `" + p.substring(0, p.lastIndexOf('/'))
                        + "/` (the nearest " + fileName + " wins)")));
        return guidance;
    }

    /** Who reviews what, with the default owners when the file names them. */
    private static String codeOwnersText(RepositoryTree tree, String path) {
        return tree.read(path).flatMap(text -> text.lines().map(String::strip)
                        .filter(line -> line.startsWith("* ") || line.startsWith("*\t")).reduce((a, b) -> b))
                .map(line -> "who reviews which paths; default owners " + String.join(" ",
                        List.of(line.substring(1).strip().split("\\s+"))))
                .orElse("who reviews which paths");
    }
}
