package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * How many folders a folder holds, read from its link count where the file system keeps that count exactly: a
 * folder has two links (its name and its own {@code .}) plus one per subfolder (the subfolder's {@code ..}). A walk
 * that knows it has met every subfolder need not read the type of the remaining entries, most of a checkout's
 * files (GNU find's leaf optimisation). Trusted only on file systems known to count (ext2-4, xfs, tmpfs), on the
 * device the walk started on (a folder mounted from elsewhere is {@link #UNKNOWN}), and for counts of at least two
 * (ext4 reports 1 for a folder of more than 65,000 subfolders; btrfs and overlay merges always do).
 */
final class SubfolderCount {

    /** The count is not known: every entry's type must be read. */
    static final int UNKNOWN = Integer.MAX_VALUE;

    private static final Set<String> COUNTING_FILE_SYSTEMS = Set.of("ext2", "ext3", "ext4", "xfs", "tmpfs");

    /** The device whose counts are trusted, or null when none are. */
    private final Object device;

    private SubfolderCount(Object device) {
        this.device = device;
    }

    /** Counts for a walk under {@code root}, trusted only if its file system keeps them. */
    static SubfolderCount under(Path root) {
        try {
            FileStore store = Files.getFileStore(root);
            if (COUNTING_FILE_SYSTEMS.contains(store.type())) {
                return new SubfolderCount(Files.getAttribute(root, "unix:dev"));
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // No count is trusted.
        }
        return new SubfolderCount(null);
    }

    /** How many folders {@code folder} holds, or {@link #UNKNOWN}. */
    int of(Path folder) {
        if (device == null) {
            return UNKNOWN;
        }
        try {
            Map<String, Object> attributes = Files.readAttributes(folder, "unix:nlink,dev", LinkOption.NOFOLLOW_LINKS);
            int links = (Integer) attributes.get("nlink");
            return device.equals(attributes.get("dev")) && links >= 2 ? links - 2 : UNKNOWN;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return UNKNOWN;
        }
    }
}
