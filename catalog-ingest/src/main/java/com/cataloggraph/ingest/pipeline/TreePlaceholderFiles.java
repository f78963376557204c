package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.placeholder.PlaceholderFile;
import com.cataloggraph.ingest.placeholder.PlaceholderFiles;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.FileContent;
import com.cataloggraph.ingest.source.RepositoryInfo;
import com.cataloggraph.ingest.source.SourceTree;
import com.cataloggraph.ingest.source.TreePaths;
import java.io.IOException;
import java.util.Optional;

/**
 * Placeholder references resolved for one descriptor: relative to its folder, inside its own
 * repository, links followed only when they stay inside it.
 */
final class TreePlaceholderFiles implements PlaceholderFiles {

    private final DescriptorFile file;
    private final long maxBytes;

    TreePlaceholderFiles(DescriptorFile file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    @Override
    public PlaceholderFile read(String reference) {
        SourceTree tree = file.tree();
        RepositoryInfo repository = file.repository();
        String path;
        if (reference.startsWith("/") || reference.startsWith("file:")) {
            Optional<String> local = tree.pathOf(reference);
            if (local.isEmpty()) {
                return new PlaceholderFile.OutsideRepository(reference, repository.name());
            }
            path = local.get();
        } else {
            path = TreePaths.resolve(file.folder(), reference);
        }
        if (path == null || !TreePaths.within(path, repository.path())) {
            return new PlaceholderFile.OutsideRepository(path == null ? reference : path, repository.name());
        }
        if (!tree.isFile(path)) {
            return tree.complete() ? new PlaceholderFile.Missing(path)
                    : new PlaceholderFile.NotAvailable(tree.locationOf(path).replaceFirst("^url:", ""));
        }
        if (!tree.physicallyWithin(path, repository.path())) {
            return new PlaceholderFile.OutsideRepository(path + " (through a link)", repository.name());
        }
        try {
            FileContent content = tree.read(path, maxBytes);
            if (content.tooLarge()) {
                return new PlaceholderFile.Unreadable(path, "it is %,d bytes, above catalog.ingest.max-file-size (%,d)"
                        .formatted(content.size(), maxBytes));
            }
            return new PlaceholderFile.Found(path, repository.relative(path), content.bytes(), content.sha256());
        } catch (IOException e) {
            return new PlaceholderFile.Unreadable(path, e.getMessage());
        }
    }

    /** The hash an earlier run recorded for an input, as it is now. */
    static String currentHash(SourceTree tree, String path, long maxBytes) {
        if (!tree.isFile(path)) {
            return com.cataloggraph.ingest.placeholder.PlaceholderResolution.MISSING;
        }
        try {
            return tree.read(path, maxBytes).sha256();
        } catch (IOException e) {
            return com.cataloggraph.ingest.placeholder.PlaceholderResolution.MISSING;
        }
    }
}
