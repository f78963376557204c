package com.cataloggraph.agentsmd.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of one checkout as relative paths ({@code /}-separated) with their sizes, sorted, so
 * every later step is deterministic. Version-control metadata, installed dependencies and build
 * output are not walked: they are not the repository's content.
 *
 * @param root  the checkout
 * @param files relative path to size in bytes, sorted by path
 */
public record RepositoryTree(Path root, Map<String, Long> files) {

    /** Folders that are never content, at any depth. */
    static final Set<String> NOT_CONTENT = Set.of(".git", ".hg", ".svn", "node_modules", ".gradle", ".venv", "venv",
            "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".next", ".nuxt",
            ".turbo", ".idea", ".vscode", ".terraform", "target", ".cache");

    /** Safety limits: a checkout larger than this is read partially. */
    static final int MAX_FILES = 100_000;
    static final int MAX_DEPTH = 24;
    static final long MAX_READ_BYTES = 1024 * 1024;

    public RepositoryTree {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** Walks the checkout without following symbolic links. */
    public static RepositoryTree scan(Path root) {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            throw new IllegalArgumentException("not a directory: " + root);
        }
        Map<String, Long> files = new TreeMap<>();
        try {
            Files.walkFileTree(base, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(base) && (NOT_CONTENT.contains(dir.getFileName().toString())
                            || dir.getFileName().toString().startsWith("bazel-"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return files.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.put(relative(base, file), attrs.size());
                    }
                    return files.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + base + ": " + e.getMessage(), e);
        }
        return new RepositoryTree(base, files);
    }

    /** The folder name, which the catalog records as the entities' {@code repository}. */
    public String name() {
        return root.getFileName().toString();
    }

    public boolean exists(String path) {
        return files.containsKey(path);
    }

    /** The first of these paths that exists. */
    public Optional<String> first(String... paths) {
        for (String path : paths) {
            if (exists(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** The file's text (UTF-8, at most 1 MiB), or empty when it does not exist or cannot be read. */
    public Optional<String> read(String path) {
        if (!exists(path)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(root.resolve(path))) {
            return Optional.of(new String(in.readNBytes((int) MAX_READ_BYTES), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Names of the folders directly under {@code directory} ("" for the root), sorted. */
    public Set<String> foldersIn(String directory) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        Set<String> folders = new TreeSet<>();
        for (String path : files.keySet()) {
            if (path.startsWith(prefix)) {
                int slash = path.indexOf('/', prefix.length());
                if (slash > 0) {
                    folders.add(path.substring(prefix.length(), slash));
                }
            }
        }
        return folders;
    }

    /** Relative paths of files directly in {@code directory}, sorted. */
    public List<String> filesIn(String directory) {
        String prefix = directory.isEmpty() ? "" : directory + "/";
        List<String> result = new ArrayList<>();
        for (String path : files.keySet()) {
            if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                result.add(path);
            }
        }
        return result;
    }

    /** Relative paths of all files under {@code directory}, sorted. */
    public List<String> filesUnder(String directory) {
        String prefix = directory + "/";
        return files.keySet().stream().filter(path -> path.startsWith(prefix)).toList();
    }

    /** Joins a folder ("" for the root) and a file name into a relative path. */
    public static String join(String directory, String name) {
        return directory.isEmpty() ? name : directory + "/" + name;
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
