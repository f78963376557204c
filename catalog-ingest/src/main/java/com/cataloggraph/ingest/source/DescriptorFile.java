package com.cataloggraph.ingest.source;

import java.util.Objects;

/**
 * A descriptor to ingest: where it is and which repository it belongs to. Its content is read
 * through its tree when it is processed, so discovery stays cheap.
 *
 * @param tree           the tree it is in
 * @param path           its path in the tree, which is also how reports name it
 * @param repository     the repository it belongs to
 * @param originLocation the location ref of the file that led to it: itself when a source found it, the
 *                       root Location when a Location's target did
 * @param location       its own location ref ({@link SourceTree#locationOf}), the key of its ingest state: taken
 *                       once, as a run looks it up many times per file
 */
public record DescriptorFile(SourceTree tree, String path, RepositoryInfo repository, String originLocation,
                             String location) {

    public DescriptorFile {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(location, "location");
    }

    /** A file a source found by itself: its own origin. */
    public static DescriptorFile found(SourceTree tree, String path) {
        String location = tree.locationOf(path);
        return new DescriptorFile(tree, path, tree.repositoryOf(path), location, location);
    }

    /** A file a Location's target named, with that Location's origin. */
    public DescriptorFile target(String targetPath) {
        return new DescriptorFile(tree, targetPath, tree.repositoryOf(targetPath), originLocation,
                tree.locationOf(targetPath));
    }

    /** Its folder inside the tree ({@code ""} at the root). */
    public String folder() {
        return TreePaths.folderOf(path);
    }
}
