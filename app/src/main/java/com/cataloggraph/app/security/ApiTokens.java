package com.cataloggraph.app.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Static API tokens, kept only as SHA-256 hashes. Tokens are 32 random bytes, so a fast hash
 * is enough; comparison is constant-time. The tokens file is read again when it changes (checked
 * at most once a second), so a token removed from it stops working without a restart; a file
 * that becomes malformed is logged and its tokens refused until it is fixed.
 */
public final class ApiTokens {

    /** Every token starts with this, so leaked ones are easy to scan for. */
    public static final String PREFIX = "cgt_";

    private static final Logger LOG = LoggerFactory.getLogger(ApiTokens.class);
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final List<SecurityProperties.TokenEntry> configured;
    private final Path file;
    private final Clock clock;
    private volatile FileTokens fromFile;
    private volatile Instant checked;

    /** The entries of one version of the tokens file. */
    private record FileTokens(TokensFile.Version version, List<SecurityProperties.TokenEntry> entries) {
    }

    private ApiTokens(List<SecurityProperties.TokenEntry> configured, Path file, Clock clock) {
        this.configured = List.copyOf(configured);
        this.file = file;
        this.clock = clock;
        this.checked = clock.instant();
        this.fromFile = file == null ? new FileTokens(null, List.of())
                : new FileTokens(TokensFile.version(file), List.copyOf(TokensFile.read(file)));
    }

    /** The tokens from the properties and the tokens file; a malformed entry stops start-up. */
    public static ApiTokens from(SecurityProperties properties) {
        return from(properties, Clock.systemUTC());
    }

    static ApiTokens from(SecurityProperties properties, Clock clock) {
        List<SecurityProperties.TokenEntry> entries = new ArrayList<>();
        for (SecurityProperties.TokenEntry entry : properties.tokens()) {
            entries.add(checked(entry, "catalog.security.tokens"));
        }
        return new ApiTokens(entries, properties.tokensFile(), clock);
    }

    /** The holder of this token, if it is one of ours (expired or not: the caller says which). */
    public Optional<SecurityProperties.TokenEntry> lookup(String token) {
        byte[] hash = HexFormat.of().parseHex(sha256(token));
        SecurityProperties.TokenEntry found = null;
        for (List<SecurityProperties.TokenEntry> entries : List.of(configured, current())) {
            for (SecurityProperties.TokenEntry entry : entries) {
                // Compare against every entry so timing does not reveal which one matched.
                if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(entry.sha256())) && found == null) {
                    found = entry;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** True once the token's expiry has passed. */
    public boolean expired(SecurityProperties.TokenEntry entry) {
        return entry.expiredAt(clock.instant());
    }

    public boolean isEmpty() {
        return configured.isEmpty() && file == null;
    }

    /** The file's tokens as they are now: read again when the file changed since the last look. */
    private List<SecurityProperties.TokenEntry> current() {
        FileTokens known = fromFile;
        Instant now = clock.instant();
        if (file == null || now.isBefore(checked.plus(RECHECK))) {
            return known.entries();
        }
        checked = now;
        TokensFile.Version version = TokensFile.version(file);
        if (version.equals(known.version())) {
            return known.entries();
        }
        FileTokens reloaded;
        try {
            reloaded = new FileTokens(version, List.copyOf(TokensFile.read(file)));
            LOG.info("Read {} again: {} token(s)", file, reloaded.entries().size());
        } catch (RuntimeException e) {
            LOG.error("{}; its tokens are refused until it is fixed", e.getMessage());
            reloaded = new FileTokens(version, List.of());
        }
        fromFile = reloaded;
        return reloaded.entries();
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

    static SecurityProperties.TokenEntry checked(SecurityProperties.TokenEntry entry, String where) {
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
        return new SecurityProperties.TokenEntry(entry.name(), entry.sha256().toLowerCase(Locale.ROOT), entry.role(),
                entry.expires());
    }
}
