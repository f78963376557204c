package com.cataloggraph.app.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/** The start-up check that lets a start skip setting a password the system database already holds. */
@Tag("security")
class StoredPasswordTest {

    @Test
    void holdsOnlyThePasswordLastSetAndNotTheInitialOne(@TempDir Path data) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
                .build();
        try {
            // A new database's user has the well-known initial password, which must be changed.
            assertThat(StoredPassword.isHeld(dbms, "neo4j", "neo4j")).isFalse();

            setPassword(dbms, "first-password-of-forty-characters-or-so");
            assertThat(StoredPassword.isHeld(dbms, "neo4j", "first-password-of-forty-characters-or-so")).isTrue();
            assertThat(StoredPassword.isHeld(dbms, "neo4j", "first-password-of-forty-characters-or-sO")).isFalse();
            assertThat(StoredPassword.isHeld(dbms, "neo4j", "")).isFalse();
            assertThat(StoredPassword.isHeld(dbms, "somebody", "first-password-of-forty-characters-or-so")).isFalse();

            setPassword(dbms, "second-password");
            assertThat(StoredPassword.isHeld(dbms, "neo4j", "first-password-of-forty-characters-or-so")).isFalse();
            assertThat(StoredPassword.isHeld(dbms, "neo4j", "second-password")).isTrue();
        } finally {
            dbms.shutdown();
        }
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }
}
