package com.cataloggraph.app.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder, readable by its owner only (700): Neo4j writes its store files with the
 * process's umask (644 in folders of 755), and any local user could read the whole catalog from
 * them. A new folder is created 700; an existing one of ours that others may enter is tightened to
 * 700, and said so. On a file system without POSIX permissions the folder's own rules apply.
 */
final class PrivateFolder {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateFolder.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private PrivateFolder() {
    }

    static void prepare(Path folder) {
        try {
            if (!Files.exists(folder)) {
                try {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(folder);
                }
                return;
            }
            tighten(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + folder.toAbsolutePath(), e);
        }
    }

    private static void tighten(Path folder) {
        try {
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(folder);
            if (now.equals(OWNER_ONLY) || !Files.getOwner(folder).getName().equals(System.getProperty("user.name"))) {
                return;
            }
            Files.setPosixFilePermissions(folder, OWNER_ONLY);
            LOG.info("The data folder {} was {}; it is now rwx------ (readable by its owner only)",
                    folder.toAbsolutePath(), PosixFilePermissions.toString(now));
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions here
        } catch (IOException e) {
            LOG.warn("Could not restrict the data folder {} to its owner: {}", folder.toAbsolutePath(), e.getMessage());
        }
    }
}
