package com.cataloggraph.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        SecurityProperties.TokenEntry plain = new SecurityProperties.TokenEntry("ci", "cgt_secret", Role.READER);

        assertThatThrownBy(() -> ApiTokens.from(TestSecuritySettings.of(List.of(plain), null, false)))
                .hasMessageContaining("needs sha256 as 64 hex characters (the hash, never the token itself)");
    }
}
