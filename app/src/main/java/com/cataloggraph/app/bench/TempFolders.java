package com.cataloggraph.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Temporary folders of one benchmark run (fixture, databases), deleted when it ends; under the system
 * property {@value #ROOT_PROPERTY} when set, else the JVM's temporary folder.
 */
final class TempFolders implements AutoCloseable {

    /** Where the folders are made (tests point it at their own folder to check that nothing is left). */
    static final String ROOT_PROPERTY = "catalog.bench.temp";

    private final List<Path> folders = new ArrayList<>();

    Path create(String name) throws IOException {
        Path root = Path.of(System.getProperty(ROOT_PROPERTY, System.getProperty("java.io.tmpdir")));
        Path folder = Files.createTempDirectory(root, "catalog-graph-bench-" + name + "-");
        folders.add(folder);
        return folder;
    }

    @Override
    public void close() {
        for (Path folder : folders.reversed()) {
            delete(folder);
        }
        folders.clear();
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the benchmark's temporary folder " + folder, e);
        }
    }
}
