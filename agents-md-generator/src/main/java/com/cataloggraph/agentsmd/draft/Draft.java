package com.cataloggraph.agentsmd.draft;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The generated part of an AGENTS.md: sections rendered to a body, and the body's digest, which
 * the begin marker records so a later check can tell a hand edit from a stale draft.
 */
public record Draft(List<DraftSection> sections) {

    public Draft {
        sections = List.copyOf(sections);
    }

    /** The body between the markers, lines joined with {@code \n}, no trailing newline. */
    public String body() {
        return String.join("\n", bodyLines());
    }

    public List<String> bodyLines() {
        List<String> lines = new ArrayList<>();
        for (DraftSection section : sections) {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.add("## " + section.title());
            lines.add("");
            lines.addAll(section.lines());
        }
        return lines;
    }

    public String digest() {
        return digestOf(body());
    }

    /** The block with its markers, lines joined with {@code \n}. */
    public String block() {
        return GeneratedBlock.BEGIN_PREFIX + digest() + GeneratedBlock.BEGIN_SUFFIX + "\n" + body() + "\n"
                + GeneratedBlock.END;
    }

    /** The section with this title, or an empty one. */
    public DraftSection section(String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst()
                .orElse(new DraftSection(title, List.of()));
    }

    /** First 16 hex digits of the SHA-256 of the body with {@code \n} line endings. */
    public static String digestOf(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(body.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
