package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The files around descriptors: a folder on disk, or the files fetched from a repository host.
 * Paths are {@code /}-separated and relative to the tree's root, which is also the boundary no
 * Location target may leave.
 */
public interface SourceTree {

    /** Reads a file, keeping at most {@code maxBytes}; a missing file is {@link java.nio.file.NoSuchFileException}. */
    FileContent read(String path, long maxBytes) throws IOException;

    /**
     * The file's {@link FileStamps stamp} as it is now, or null when this tree cannot tell (its bytes must be read):
     * equal to the stamp of an earlier {@link #read}, the file still holds the bytes read then.
     */
    default String stamp(String path) {
        return null;
    }

    /** True when the path is a readable regular file inside the tree. */
    boolean isFile(String path);

    /** Files matching a glob written as a tree path ({@code org/teams/*.yaml}, {@code plugins/**}{@code /x.yaml}), sorted. */
    List<String> glob(String pattern) throws IOException;

    /** The location ref Backstage would record for a file: {@code file:/abs/path} or {@code url:https://...}. */
    String locationOf(String path);

    /** The repository a path belongs to. */
    RepositoryInfo repositoryOf(String path);

    /**
     * The tree path an absolute target names ({@code /abs/path} on disk, or a URL into one of the tree's
     * repositories), if it is inside the tree.
     */
    Optional<String> pathOf(String absoluteTarget);

    /**
     * True when {@code path}, with links followed, is inside folder {@code dir} (a tree path, {@code ""}
     * for the root): a link must not lead a placeholder out of its repository.
     */
    boolean physicallyWithin(String path, String dir);

    /** False when the tree holds only some files (a discovered repository): files it lacks are remote, not missing. */
    boolean complete();
}
