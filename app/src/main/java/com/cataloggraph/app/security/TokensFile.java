package com.cataloggraph.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The tokens file ({@code catalog.security.tokens-file}): one {@code name:role:sha256[:expiry]} line per
 * token, {@code #} comments, the expiry an ISO-8601 instant such as {@code 2027-03-06T21:00:00Z}.
 * Each line is checked; a malformed one is an error naming the file, the line and what is wrong.
 */
final class TokensFile {

    /** What identifies one version of the file: a rewrite, a replacement or a swapped link changes it. */
    record Version(Object key, Instant modified, long size) {
    }

    private TokensFile() {
    }

    static Version version(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Version(Objects.requireNonNullElse(attributes.fileKey(), ""),
                    attributes.lastModifiedTime().toInstant(), attributes.size());
        } catch (IOException e) {
            return new Version("missing", Instant.EPOCH, -1);
        }
    }

    /**
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException naming the file and line of a malformed entry
     */
    static List<SecurityProperties.TokenEntry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalog.security.tokens-file " + file, e);
        }
        List<SecurityProperties.TokenEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                entries.add(entry(line, file + ":" + (i + 1)));
            }
        }
        return entries;
    }

    /** The line for a token: what {@code token create} prints. */
    static String line(String name, Role role, String sha256, Instant expires) {
        return name + ":" + role.name().toLowerCase(Locale.ROOT) + ":" + sha256 + (expires == null ? "" : ":" + expires);
    }

    private static SecurityProperties.TokenEntry entry(String line, String where) {
        // The expiry holds colons of its own: only the first three separate fields.
        String[] parts = line.split(":", 4);
        if (parts.length < 3) {
            throw new IllegalArgumentException(where + ": expected name:role:sha256 or name:role:sha256:expiry, found "
                    + parts.length + " field(s)");
        }
        Role role;
        try {
            role = Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": role must be reader or admin, was \"" + parts[1] + "\"");
        }
        Instant expires = null;
        if (parts.length == 4) {
            try {
                expires = Instant.parse(parts[3].strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ": the expiry must be an ISO-8601 instant such as "
                        + "2027-03-06T21:00:00Z, was \"" + parts[3].strip() + "\"");
            }
        }
        return ApiTokens.checked(new SecurityProperties.TokenEntry(parts[0].strip(), parts[2].strip(), role, expires),
                where);
    }
}
