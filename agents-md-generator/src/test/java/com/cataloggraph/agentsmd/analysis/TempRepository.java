package com.cataloggraph.agentsmd.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small repositories into a temporary folder for one test. */
public final class TempRepository {

    private final Path root;

    public TempRepository(Path root) {
        this.root = root;
    }

    public TempRepository file(String path, String content) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }
}
