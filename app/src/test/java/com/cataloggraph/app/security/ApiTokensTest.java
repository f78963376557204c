package com.cataloggraph.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("security")
class ApiTokensTest {

    @Test
    void findsATokenByItsHashOnly(@TempDir Path dir) throws Exception {
        String token = ApiTokens.generate();
        Path file = dir.resolve("tokens");
        Files.writeString(file, "# comment\n\nci:reader:" + ApiTokens.sha256(token) + "\n");

        ApiTokens tokens = ApiTokens.from(TestSecuritySettings.of(List.of(), file, false));

        assertThat(tokens.lookup(token)).get().extracting(SecurityProperties.TokenEntry::name).isEqualTo("ci");
        assertThat(tokens.lookup(token + "x")).isEmpty();
        assertThat(Files.readString(file)).doesNotContain(token);
    }

    @Test
    void generatedTokensAreLongRandomAndPrefixed() {
        String a = ApiTokens.generate();
        String b = ApiTokens.generate();

        assertThat(a).startsWith("cgt_").hasSize(47).isNotEqualTo(b);
    }

    @Test
    void aMalformedTokensFileLineNamesTheFileLineAndRule(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "ci:reader:" + "a".repeat(64) + "\nops:root:" + "b".repeat(64) + "\n");

        assertThatThrownBy(() -> ApiTokens.from(TestSecuritySettings.of(List.of(), file, false)))
                .hasMessage(file + ":2: role must be reader or admin, was \"root\"");
    }

    @Test
    void refusesAPlainTokenWhereTheHashBelongs() {
        SecurityProperties.TokenEntry plain = new SecurityProperties.TokenEntry("ci", "cgt_secret", Role.READER, null);

        assertThatThrownBy(() -> ApiTokens.from(TestSecuritySettings.of(List.of(plain), null, false)))
                .hasMessageContaining("needs sha256 as 64 hex characters (the hash, never the token itself)");
    }

    @Test
    void readsAnExpiryAfterTheHashAndRefusesAMalformedOne(@TempDir Path dir) throws Exception {
        String token = ApiTokens.generate();
        Path file = dir.resolve("tokens");
        Files.writeString(file, "ci:reader:" + ApiTokens.sha256(token) + ":2027-03-06T21:00:00Z\n");
        Clock before = Clock.fixed(Instant.parse("2027-03-06T20:59:59Z"), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.parse("2027-03-06T21:00:00Z"), ZoneOffset.UTC);

        SecurityProperties.TokenEntry entry = ApiTokens.from(TestSecuritySettings.of(List.of(), file, false), before)
                .lookup(token).orElseThrow();
        assertThat(entry.expires()).isEqualTo(Instant.parse("2027-03-06T21:00:00Z"));
        assertThat(ApiTokens.from(TestSecuritySettings.of(List.of(), file, false), before).expired(entry)).isFalse();
        assertThat(ApiTokens.from(TestSecuritySettings.of(List.of(), file, false), after).expired(entry)).isTrue();

        Files.writeString(file, "ci:reader:" + ApiTokens.sha256(token) + ":next tuesday\n");
        assertThatThrownBy(() -> ApiTokens.from(TestSecuritySettings.of(List.of(), file, false)))
                .hasMessage(file + ":1: the expiry must be an ISO-8601 instant such as 2027-03-06T21:00:00Z, was "
                        + "\"next tuesday\"");
    }

    @Test
    void readsTheFileAgainWhenItChangesAndRefusesItsTokensWhileItIsMalformed(@TempDir Path dir) throws Exception {
        String kept = ApiTokens.generate();
        String revoked = ApiTokens.generate();
        Path file = dir.resolve("tokens");
        Files.writeString(file, "a:reader:" + ApiTokens.sha256(kept) + "\nb:admin:" + ApiTokens.sha256(revoked) + "\n");
        MutableClock clock = new MutableClock();
        ApiTokens tokens = ApiTokens.from(TestSecuritySettings.of(List.of(), file, false), clock);
        assertThat(tokens.lookup(revoked)).isPresent();

        Files.writeString(file, "a:reader:" + ApiTokens.sha256(kept) + "\n");
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.lookup(revoked)).isEmpty();
        assertThat(tokens.lookup(kept)).isPresent();

        Files.writeString(file, "a:reader\n");
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.lookup(kept)).isEmpty();
    }

    @Test
    void anExpiryIsADurationFromNowOrADate() {
        Clock now = Clock.fixed(Instant.parse("2026-12-06T10:15:30.250Z"), ZoneOffset.UTC);

        assertThat(TokenExpiry.parse("90d", now)).isEqualTo(Instant.parse("2027-03-06T10:15:30Z"));
        assertThat(TokenExpiry.parse("12h", now)).isEqualTo(Instant.parse("2026-12-06T22:15:30Z"));
        assertThat(TokenExpiry.parse("P1D", now)).isEqualTo(Instant.parse("2026-12-07T10:15:30Z"));
        assertThat(TokenExpiry.parse("2027-01-31", now)).isEqualTo(Instant.parse("2027-01-31T00:00:00Z"));
        assertThatThrownBy(() -> TokenExpiry.parse("soon", now)).hasMessage("--expires takes a duration from now "
                + "(90d, 12h, 30m, P90D) or a date (2027-03-06), was \"soon\"");
        assertThatThrownBy(() -> TokenExpiry.parse("2020-01-01", now))
                .hasMessage("--expires 2020-01-01 is not in the future");
    }

    /** A clock a test moves on by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
