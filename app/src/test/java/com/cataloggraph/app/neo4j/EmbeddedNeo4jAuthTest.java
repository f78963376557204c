package com.cataloggraph.app.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded database's Bolt port answers only the folder's owner: no credentials and wrong
 * ones are refused (a web page speaking Bolt over WebSocket, or another local user, gets nothing).
 */
@Tag("security")
class EmbeddedNeo4jAuthTest {

    private static final long PAGE_CACHE = 32L * 1024 * 1024;

    @Test
    void boltRefusesCallersWithoutTheFoldersPassword(@TempDir Path data) throws Exception {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, PAGE_CACHE)) {
            assertThat(answer(neo4j, neo4j.auth())).isEqualTo(1);
            assertThat(answer(neo4j, EmbeddedNeo4j.authFor(data))).isEqualTo(1);
            assertThatThrownBy(() -> answer(neo4j, AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThatThrownBy(() -> answer(neo4j, AuthTokens.basic("neo4j", "neo4j")))
                    .isInstanceOf(AuthenticationException.class);
        }
        Path file = data.resolve(BoltPassword.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(40);

        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(data, 0, PAGE_CACHE)) {
            assertThat(answer(again, EmbeddedNeo4j.authFor(data))).isEqualTo(1);
        }
    }

    @Test
    void theFileStaysTheTruthAcrossRestartsEvenIfThePasswordWasChangedMeanwhile(@TempDir Path data)
            throws Exception {
        String first;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, PAGE_CACHE)) {
            first = BoltPassword.read(data).orElseThrow();
            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.auth())) {
                driver.executableQuery("ALTER CURRENT USER SET PASSWORD FROM $old TO $new")
                        .withParameters(java.util.Map.of("old", first, "new", "somebody-else-chose-this"))
                        .withConfig(org.neo4j.driver.QueryConfig.builder().withDatabase("system").build())
                        .execute();
            }
        }
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(data, 0, PAGE_CACHE)) {
            assertThat(BoltPassword.read(data)).contains(first);
            assertThat(answer(again, EmbeddedNeo4j.authFor(data))).isEqualTo(1);
            assertThatThrownBy(() -> answer(again, AuthTokens.basic("neo4j", "somebody-else-chose-this")))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    private static int answer(EmbeddedNeo4j neo4j, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), auth)) {
            return driver.executableQuery("RETURN 1 AS one").execute().records().getFirst().get("one").asInt();
        }
    }
}
