package com.cataloggraph.ingest.source;

import java.util.List;

/**
 * One descriptor file given by path, typically a {@code kind: Location} whose targets lead to the
 * rest; its folder is the root no target may leave.
 */
public final class LocationFileSource implements DescriptorSource {

    private final FolderTree tree;
    private final String path;

    public LocationFileSource(FolderTree tree, String path) {
        this.tree = tree;
        this.path = path;
    }

    @Override
    public String id() {
        return tree.locationOf(path);
    }

    @Override
    public String description() {
        return "file " + tree.root().resolve(path);
    }

    @Override
    public List<DescriptorFile> discover() throws SourceUnavailableException {
        if (!tree.isFile(path)) {
            throw new SourceUnavailableException(tree.root().resolve(path) + " is not a readable file", null);
        }
        return List.of(DescriptorFile.found(tree, path));
    }
}
