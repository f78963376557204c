package com.cataloggraph.ingest.jmh;

import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real descriptor bytes for the benchmarks: the component repositories' {@code catalog-info.yaml} files
 * of a generated catalog (multi-document: a component, its APIs, its databases), read into memory so no
 * benchmark measures the disk.
 */
final class Descriptors {

    /** About 160 repositories: enough variety, generated in well under a second. */
    static final double SCALE = 0.04;

    private Descriptors() {
    }

    /** Each component repository's descriptor, in path order. */
    static List<byte[]> componentFiles() {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("catalog-graph-jmh-");
            CatalogGenerator.generate(new GeneratorSettings(GeneratorSettings.DEFAULT_SEED, SCALE), folder);
            List<byte[]> files = new ArrayList<>();
            try (Stream<Path> repositories = Files.list(folder).sorted()) {
                for (Path repository : repositories.toList()) {
                    Path descriptor = repository.resolve("catalog-info.yaml");
                    String name = repository.getFileName().toString();
                    if (Files.isRegularFile(descriptor) && !name.endsWith("-org") && !name.endsWith("-infra")) {
                        files.add(Files.readAllBytes(descriptor));
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
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
            throw new UncheckedIOException(e);
        }
    }
}
