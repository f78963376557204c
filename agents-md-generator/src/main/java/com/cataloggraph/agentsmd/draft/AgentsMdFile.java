package com.cataloggraph.agentsmd.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AGENTS.md file and its generated block: merging a draft in replaces only the block and
 * keeps every line humans wrote around it (and the file's line endings); checking compares the
 * block with a fresh draft.
 */
public final class AgentsMdFile {

    /** What a new file starts with, above the block; humans may add to it. */
    public static final String NEW_FILE_HEADING = "# AGENTS.md";

    private AgentsMdFile() {
    }

    /** @param existing the file's content, or null when there is no file */
    public static MergeResult merge(String existing, Draft draft) {
        if (existing == null || existing.isBlank()) {
            return new MergeResult.Changed(NEW_FILE_HEADING + "\n\n" + draft.block() + "\n");
        }
        String separator = existing.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = existing.lines().toList();
        Optional<GeneratedBlock> block;
        try {
            block = GeneratedBlock.find(lines);
        } catch (GeneratedBlock.MalformedBlockException e) {
            return new MergeResult.Refused("the generated block's markers are broken: " + e.getMessage());
        }
        List<String> result = new ArrayList<>();
        if (block.isEmpty()) {
            result.addAll(lines);
            while (!result.isEmpty() && result.getLast().isBlank()) {
                result.removeLast();
            }
            result.add("");
            result.addAll(draft.block().lines().toList());
        } else {
            if (!block.get().intact()) {
                return new MergeResult.Refused(editedReason(block.get()));
            }
            result.addAll(lines.subList(0, block.get().begin()));
            result.addAll(draft.block().lines().toList());
            result.addAll(lines.subList(block.get().end() + 1, lines.size()));
        }
        boolean trailingNewline = existing.endsWith("\n") || block.isEmpty();
        String content = String.join(separator, result) + (trailingNewline ? separator : "");
        return content.equals(existing) ? new MergeResult.Unchanged(content) : new MergeResult.Changed(content);
    }

    /** @param existing the file's content, or null when there is no file */
    public static CheckResult check(String existing, Draft fresh, String fileName) {
        if (existing == null) {
            return new CheckResult(DraftStatus.MISSING, "there is no " + fileName);
        }
        Optional<GeneratedBlock> block;
        try {
            block = GeneratedBlock.find(existing.lines().toList());
        } catch (GeneratedBlock.MalformedBlockException e) {
            return new CheckResult(DraftStatus.EDITED, "the generated block's markers are broken: " + e.getMessage());
        }
        if (block.isEmpty()) {
            return new CheckResult(DraftStatus.UNMANAGED, fileName + " has no generated block (it was written by hand)");
        }
        if (!block.get().intact()) {
            return new CheckResult(DraftStatus.EDITED, editedReason(block.get()));
        }
        if (block.get().body().equals(fresh.body())) {
            return new CheckResult(DraftStatus.UP_TO_DATE, "the generated block matches a fresh draft (digest "
                    + fresh.digest() + ")");
        }
        return new CheckResult(DraftStatus.STALE, "a fresh draft differs in " + changedSections(block.get().body(), fresh));
    }

    private static String editedReason(GeneratedBlock block) {
        return "the generated block was edited by hand since it was generated (digest " + block.recordedDigest()
                + " recorded, " + Draft.digestOf(block.body()) + " now): move the edits outside the markers, "
                + "or delete the block to regenerate it";
    }

    /** Names the sections that were added, removed or changed, in the fresh draft's order. */
    static String changedSections(String oldBody, Draft fresh) {
        Map<String, List<String>> old = sections(oldBody);
        List<String> changed = new ArrayList<>();
        for (DraftSection section : fresh.sections()) {
            List<String> before = old.remove(section.title());
            if (before == null) {
                changed.add(section.title() + " (new)");
            } else if (!before.equals(trimmed(section.lines()))) {
                changed.add(section.title());
            }
        }
        old.keySet().forEach(title -> changed.add(title + " (gone)"));
        return changed.isEmpty() ? "layout" : String.join(", ", changed);
    }

    private static Map<String, List<String>> sections(String body) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : body.lines().toList()) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.put(line.substring(3).strip(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        sections.replaceAll((title, lines) -> trimmed(lines));
        return sections;
    }

    private static List<String> trimmed(List<String> lines) {
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(lines.subList(start, end));
    }
}
