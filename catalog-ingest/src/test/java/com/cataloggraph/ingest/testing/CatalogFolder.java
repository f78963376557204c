package com.cataloggraph.ingest.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import com.cataloggraph.ingest.source.FileStamps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A test's own copy of a catalog under {@code src/test/resources/catalogs}, to edit between runs. */
public final class CatalogFolder {

    private final Path root;

    private CatalogFolder(Path root) {
        this.root = root;
    }

    /** Copies {@code catalogs/<name>} into {@code target} (a fresh temp folder). */
    public static CatalogFolder copyOf(String name, Path target) {
        try {
            return copyOf(Path.of(CatalogFolder.class.getResource("/catalogs/" + name).toURI()), target);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a folder (e.g. the sample catalog) into {@code target} (a fresh temp folder). */
    public static CatalogFolder copyOf(Path source, Path target) {
        try {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy);
                    }
                }
            }
            return new CatalogFolder(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty folder to write files into. */
    public static CatalogFolder empty(Path target) {
        return new CatalogFolder(target);
    }

    public Path root() {
        return root;
    }

    public Path path(String relative) {
        return root.resolve(relative);
    }

    public String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CatalogFolder write(String relative, String text) {
        try {
            Path file = path(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a file, failing when the text is not there (a test that edits nothing proves nothing). */
    public CatalogFolder replace(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(relative + " does not contain " + from);
        }
        return write(relative, text.replace(from, to));
    }

    /** Replaces the first occurrence of a text in a file, failing when the text is not there. */
    public CatalogFolder replaceFirst(String relative, String from, String to) {
        String text = read(relative);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(relative + " does not contain " + from);
        }
        return write(relative, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** Deletes a file or a whole folder. */
    public CatalogFolder delete(String relative) {
        try (Stream<Path> files = Files.walk(path(relative))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the files written so far are old enough to be stamped when read ({@link FileStamps}): a run then
     * remembers every one of them by its stamp, and a later run over them is a true no-change run, however long or
     * short the time between the two.
     */
    public CatalogFolder settled() {
        try {
            Thread.sleep(FileStamps.SETTLING_MILLIS + 100);
            return this;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for files to settle", e);
        }
    }
}
