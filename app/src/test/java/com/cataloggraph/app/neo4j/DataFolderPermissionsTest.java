package com.cataloggraph.app.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 item 10: another local user cannot read the store. */
@Tag("security")
class DataFolderPermissionsTest {

    @TempDir
    Path temp;

    @Test
    void aNewDataFolderIsCreatedForItsOwnerOnly() {
        Path data = temp.resolve("nested/data");

        PrivateFolder.prepare(data);

        assertThat(permissions(data)).isEqualTo("rwx------");
    }

    @Test
    void anOpenDataFolderIsTightenedAndAnotherUserCannotReadTheStore() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path data = Files.createDirectory(temp.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(data, 0, 32L * 1024 * 1024)) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            Path store;
            try (var files = Files.walk(data)) {
                store = files.filter(Files::isRegularFile).filter(file -> file.toString().contains("/databases/neo4j/"))
                        .findFirst().orElseThrow();
            }
            assumeTrue(System.getProperty("user.name").equals("root") && Files.isExecutable(Path.of("/usr/sbin/runuser")),
                    "reading as another user needs root and runuser");
            Process cat = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--", "cat", store.toString())
                    .redirectErrorStream(true).start();
            String said = new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cat.waitFor()).as(said).isNotZero();
            assertThat(said).contains("Permission denied");
        }
    }

    private static String permissions(Path folder) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
