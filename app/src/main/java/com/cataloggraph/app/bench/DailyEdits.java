package com.cataloggraph.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One simulated day of catalog edits for the history benchmark: a share of the descriptor files (a different
 * slice each day, spread over all of them) get their first {@code description} and {@code lifecycle}
 * changed, and every fourth of them its first {@code owner} too, as teams do. Edits stay (the next day builds
 * on them).
 */
final class DailyEdits {

    private static final Pattern DESCRIPTION = Pattern.compile(
            "^(\\s*description:[ \\t]+)(\"|'|(?=[^|>\\s\"'#\\[{&*!%@`]))", Pattern.MULTILINE);
    private static final Pattern LIFECYCLE = Pattern.compile("^(\\s*lifecycle:[ \\t]+)(production|experimental|deprecated)\\b",
            Pattern.MULTILINE);
    private static final Pattern OWNER = Pattern.compile("^(\\s*owner:[ \\t]+)([a-z0-9][a-z0-9-]*)[ \\t]*$",
            Pattern.MULTILINE);

    private DailyEdits() {
    }

    /**
     * Edits {@code share} of {@code files} (at least one) for {@code day} (from 1).
     *
     * @return the files edited
     */
    static List<Path> apply(List<Path> files, double share, int day) {
        List<Path> sorted = files.stream().sorted().toList();
        int wanted = Math.max(1, (int) Math.round(sorted.size() * share));
        int step = Math.max(1, sorted.size() / wanted);
        List<Path> edited = new ArrayList<>();
        for (int i = (day * 7919) % step; i < sorted.size() && edited.size() < wanted; i += step) {
            if (edit(sorted.get(i), day, edited.size() % 4 == 0)) {
                edited.add(sorted.get(i));
            }
        }
        return edited;
    }

    private static boolean edit(Path file, int day, boolean newOwner) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher description = DESCRIPTION.matcher(text);
            if (!description.find()) {
                return false;
            }
            String edited = text.substring(0, description.end()) + "Day " + day + ": "
                    + text.substring(description.end());
            Matcher lifecycle = LIFECYCLE.matcher(edited);
            if (lifecycle.find()) {
                String next = switch (lifecycle.group(2)) {
                    case "production" -> "deprecated";
                    case "deprecated" -> "experimental";
                    default -> "production";
                };
                edited = edited.substring(0, lifecycle.start(2)) + next + edited.substring(lifecycle.end(2));
            }
            Matcher owner = OWNER.matcher(edited);
            if (newOwner && owner.find()) {
                edited = edited.substring(0, owner.end(2)) + "-" + day + edited.substring(owner.end(2));
            }
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not edit " + file + " for the history benchmark", e);
        }
    }
}
