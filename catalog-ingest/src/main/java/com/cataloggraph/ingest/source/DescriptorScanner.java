package com.cataloggraph.ingest.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds descriptor files in one repository folder: every file whose name or path matches the
 * patterns, skipping excluded folders ({@code vendor/}, {@code node_modules/}, {@code .git/}, ...)
 * at any depth. Links to folders are not followed.
 */
final class DescriptorScanner {

    private final FolderTree tree;
    private final ScanSettings.DescriptorMatcher matcher;

    DescriptorScanner(FolderTree tree, ScanSettings settings) {
        this.tree = tree;
        this.matcher = settings.matcher();
    }

    /** Tree paths of the descriptors under {@code repositoryFolder} (a tree path, {@code ""} for the root), sorted. */
    List<String> scan(String repositoryFolder) throws IOException {
        Path start = repositoryFolder.isEmpty() ? tree.root() : tree.root().resolve(repositoryFolder);
        List<String> found = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(start) && matcher.skipsFolder(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String inRepository = start.relativize(file).toString().replace('\\', '/');
                if (matcher.isDescriptor(inRepository)) {
                    String path = tree.treePath(file);
                    if (attrs.isRegularFile() || tree.isFile(path)) {
                        found.add(path);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // An unreadable folder inside a repository must not stop the other thousands.
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
