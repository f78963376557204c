package com.cataloggraph.agentsmd.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * The drift a change causes.
 *
 * @param base         the base revision as given
 * @param head         the head revision as given
 * @param status       what the change does to the file
 * @param reasons      what moved, in words: {@code a build command or CI job changed}, ...
 * @param changedFiles files the change touched that the analysis reads
 * @param changes      the generated lines to update, by section
 * @param fileName     {@code AGENTS.md}
 */
public record DriftReport(String base, String head, DriftStatus status, List<String> reasons,
                          List<String> changedFiles, List<SectionChange> changes, String fileName) {

    /** The hidden first line that marks the comment this tool owns on a merge request. */
    public static final String COMMENT_MARKER = "<!-- catalog-graph agents-md drift -->";

    public DriftReport {
        reasons = List.copyOf(reasons);
        changedFiles = List.copyOf(changedFiles);
        changes = List.copyOf(changes);
    }

    /** One line: the status and why. */
    public String summary() {
        return switch (status) {
            case NOT_AFFECTED -> fileName + " is not affected by " + base + ".." + head
                    + ": the change touches nothing it says";
            case UPDATED_IN_CHANGE -> fileName + " is updated in " + base + ".." + head + " to match: "
                    + String.join("; ", reasons);
            case STALE -> fileName + " is stale after " + base + ".." + head + ": " + String.join("; ", reasons);
            case NO_FILE -> "there is no " + fileName + "; " + base + ".." + head + " changes what a generated one "
                    + "would say: " + String.join("; ", reasons);
        };
    }

    /** The lines to update, as a unified-diff-like listing per section ({@code -} old, {@code +} new). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (SectionChange change : changes) {
            lines.add("## " + change.section());
            change.removed().forEach(line -> lines.add("-" + line));
            change.added().forEach(line -> lines.add("+" + line));
        }
        return lines;
    }

    /** Plain text for a terminal: the summary, the changed files, the lines to update and how. */
    public String text() {
        StringBuilder text = new StringBuilder(summary()).append('\n');
        if (!changedFiles.isEmpty()) {
            text.append("Changed files that ").append(fileName).append(" is built from: ")
                    .append(String.join(", ", changedFiles)).append('\n');
        }
        if (status == DriftStatus.STALE) {
            text.append("Update these lines in ").append(fileName).append(" (or run `catalog-graph agents-md draft . "
                    + "--out DIR` and copy the generated block):\n");
            lines().forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    /** The merge-request comment: the marker, the summary and, when stale, the lines in a diff block. */
    public String comment() {
        StringBuilder md = new StringBuilder(COMMENT_MARKER).append('\n');
        String icon = status == DriftStatus.STALE ? "⚠️ " : "✅ ";
        md.append("### ").append(icon).append(summary()).append("\n\n");
        if (!changedFiles.isEmpty()) {
            md.append("Changed files that `").append(fileName).append("` is built from: ")
                    .append(String.join(", ", changedFiles.stream().map(f -> "`" + f + "`").toList())).append("\n\n");
        }
        if (status == DriftStatus.STALE) {
            md.append("Update these lines in `").append(fileName).append("`:\n\n```diff\n");
            lines().forEach(line -> md.append(line).append('\n'));
            md.append("```\n");
        }
        md.append("\n<sub>catalog-graph agents-md check --diff ").append(base).append("..").append(head)
                .append("</sub>\n");
        return md.toString();
    }
}
