package com.cataloggraph.app.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Static API tokens, kept only as SHA-256 hashes. Tokens are 32 random bytes, so a fast hash
 * is enough; comparison is constant-time.
 */
public final class ApiTokens {

    /** Every token starts with this, so leaked ones are easy to scan for. */
    public static final String PREFIX = "cgt_";

    private final List<SecurityProperties.TokenEntry> entries;

    private ApiTokens(List<SecurityProperties.TokenEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The tokens from the properties and the tokens file; a malformed entry stops start-up. */
    public static ApiTokens from(SecurityProperties properties) {
        List<SecurityProperties.TokenEntry> entries = new ArrayList<>();
        for (SecurityProperties.TokenEntry entry : properties.tokens()) {
            entries.add(checked(entry, "catalog.security.tokens"));
        }
        if (properties.tokensFile() != null) {
            entries.addAll(readFile(properties.tokensFile()));
        }
        return new ApiTokens(entries);
    }

    /** The holder of this token, if it is one of ours. */
    public Optional<SecurityProperties.TokenEntry> lookup(String token) {
        byte[] hash = HexFormat.of().parseHex(sha256(token));
        SecurityProperties.TokenEntry found = null;
        for (SecurityProperties.TokenEntry entry : entries) {
            // Compare against every entry so timing does not reveal which one matched.
            if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(entry.sha256())) && found == null) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** A new random token. */
    public static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SecurityProperties.TokenEntry> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalog.security.tokens-file " + file, e);
        }
        List<SecurityProperties.TokenEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":");
            String where = file + ":" + (i + 1);
            if (parts.length != 3) {
                throw new IllegalArgumentException(where + ": expected name:role:sha256, found " + parts.length
                        + " field(s)");
            }
            Role role;
            try {
                role = Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": role must be reader or admin, was \"" + parts[1] + "\"");
            }
            entries.add(checked(new SecurityProperties.TokenEntry(parts[0].strip(), parts[2].strip(), role), where));
        }
        return entries;
    }

    private static SecurityProperties.TokenEntry checked(SecurityProperties.TokenEntry entry, String where) {
        if (entry.name() == null || entry.name().isBlank()) {
            throw new IllegalArgumentException(where + ": a token needs a name");
        }
        if (entry.role() == null) {
            throw new IllegalArgumentException(where + ": token " + entry.name() + " needs a role (reader or admin)");
        }
        if (entry.sha256() == null || !entry.sha256().matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(where + ": token " + entry.name() + " needs sha256 as 64 hex "
                    + "characters (the hash, never the token itself)");
        }
        return new SecurityProperties.TokenEntry(entry.name(), entry.sha256().toLowerCase(Locale.ROOT), entry.role());
    }
}
