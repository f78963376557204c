package com.cataloggraph.app.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The embedded database's Bolt password: generated once, kept in the data folder, readable and
 * writable by its owner only. Without it any local process, and any web page the developer opens
 * (Neo4j accepts Bolt over WebSocket from every origin), could read and change the whole graph.
 * Processes that attach to the folder's running instance read it from there.
 */
public final class BoltPassword {

    /** The file in the data folder that holds the password. */
    public static final String FILE = "bolt-password";

    /** The user the password belongs to. */
    public static final String USER = "neo4j";

    private static final SecureRandom RANDOM = new SecureRandom();

    private BoltPassword() {
    }

    /** The folder's password, created on first use. */
    static String readOrCreate(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        Optional<String> existing = read(dataFolder);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try {
            Files.createDirectories(dataFolder);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                // A file system without POSIX permissions (Windows): the folder's own access rules apply.
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return password;
        } catch (FileAlreadyExistsException e) {
            return read(dataFolder).orElseThrow(() -> new IllegalStateException(file + " is empty"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the Bolt password file " + file, e);
        }
    }

    /** The folder's password, if one was created. */
    public static Optional<String> read(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            return password.isEmpty() ? Optional.empty() : Optional.of(password);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the Bolt password file " + file
                    + " (it is readable by the data folder's owner only)", e);
        }
    }
}
