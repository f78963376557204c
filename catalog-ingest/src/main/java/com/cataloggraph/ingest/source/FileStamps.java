package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A file's stamp: its size, modification and status-change times, inode and device, as git's index keeps them. A
 * stamp read again unchanged means the bytes are those read when it was taken, without reading them: any write sets
 * the status-change time, which no one can set back, and a replaced file has another inode. A file whose times are
 * within {@link #SETTLING_MILLIS} of the moment it is stamped has none (git's "racily clean" files): a write in the
 * same clock tick as the read could leave its times as they were.
 */
public final class FileStamps {

    /** How recent a change leaves a file without a stamp, well above any file system's clock tick. */
    public static final long SETTLING_MILLIS = 1000;

    private FileStamps() {
    }

    /**
     * The stamp of {@code file} (links followed), or null when it changed too recently to be vouched for or the
     * file system does not tell (no {@code unix} attributes).
     */
    static String of(Path file) throws IOException {
        return of(file, System.currentTimeMillis());
    }

    /** As {@link #of(Path)}, at {@code now} (taken before the file's attributes are read). */
    static String of(Path file, long now) throws IOException {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        FileTime modified = (FileTime) attributes.get("lastModifiedTime");
        FileTime changed = (FileTime) attributes.get("ctime");
        if (modified == null || changed == null
                || Math.max(modified.toMillis(), changed.toMillis()) > now - SETTLING_MILLIS) {
            return null;
        }
        return attributes.get("size") + ":" + modified.to(TimeUnit.NANOSECONDS) + ":"
                + changed.to(TimeUnit.NANOSECONDS) + ":" + attributes.get("ino") + ":" + attributes.get("dev");
    }
}
