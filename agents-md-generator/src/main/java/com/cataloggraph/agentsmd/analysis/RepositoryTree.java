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
 * The files of one repository at one commit as relative paths ({@code /}-separated) with their sizes, sorted, so
 * every later step is deterministic. Version-control metadata, installed dependencies and build output are not
 * content: a local checkout does not walk them, and a listing from a code host leaves them out by the same rules
 * ({@link #isContent}), so a checkout and the host's tree of the same commit give the same analysis.
 *
 * <p>Where the bytes come from is a {@link Contents}: the checkout's folder ({@link #scan}) or a code host's blob
 * API ({@link #of}); every detector reads through this class and nothing else.
 */
public final class RepositoryTree {

    /** Reads a file of the tree; sizes the listing did not give are asked for only when needed. */
    public interface Contents {

        /** The file's first {@code maxBytes} bytes, or empty when it cannot be read. */
        Optional<byte[]> read(String path, long maxBytes);

        /** The file's size in bytes, for a listing that gave none (-1); -1 when it cannot be told. */
        default long size(String path) {
            return -1;
        }
    }

    /** A size the listing did not give (GitLab's tree API has none). */
    public static final long UNKNOWN_SIZE = -1;

    /** Folders that are never content, at any depth. */
    static final Set<String> NOT_CONTENT = Set.of(".git", ".hg", ".svn", "node_modules", ".gradle", ".venv", "venv",
            "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".next", ".nuxt",
            ".turbo", ".idea", ".vscode", ".terraform", "target", ".cache");

    /** Safety limits: a checkout larger than this is read partially. */
    static final int MAX_FILES = 100_000;
    static final int MAX_DEPTH = 24;
    /** The most of one file a detector reads. */
    public static final long MAX_READ_BYTES = 1024 * 1024;

    private final String name;
    private final Map<String, Long> files;
    private final Contents contents;
    private final Map<String, Long> resolvedSizes = new java.util.concurrent.ConcurrentHashMap<>();

    private RepositoryTree(String name, Map<String, Long> files, Contents contents) {
        this.name = name;
        this.files = Collections.unmodifiableMap(new TreeMap<>(files));
        this.contents = contents;
    }

    /**
     * A tree from a listing (a code host's tree at a commit): paths that are not content, or deeper than a checkout
     * walk goes, are left out, and at most {@link #MAX_FILES} are kept, as {@link #scan} does.
     *
     * @param name  the repository's name, which the catalog records as the entities' {@code repository}
     * @param files relative path to size ({@link #UNKNOWN_SIZE} when the listing has none); regular files only
     */
    public static RepositoryTree of(String name, Map<String, Long> files, Contents contents) {
        Map<String, Long> kept = new TreeMap<>();
        for (Map.Entry<String, Long> file : new TreeMap<>(files).entrySet()) {
            if (kept.size() >= MAX_FILES) {
                break;
            }
            if (isContent(file.getKey())) {
                kept.put(file.getKey(), file.getValue());
            }
        }
        return new RepositoryTree(name, kept, contents);
    }

    /** Whether a checkout walk reaches this path: no folder on it is {@link #NOT_CONTENT}, and it is not too deep. */
    public static boolean isContent(String path) {
        String[] parts = path.split("/");
        if (parts.length > MAX_DEPTH) {
            return false;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (NOT_CONTENT.contains(parts[i]) || parts[i].startsWith("bazel-")) {
                return false;
            }
        }
        return true;
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
        return new RepositoryTree(base.getFileName().toString(), files, (path, maxBytes) -> {
            try (InputStream in = Files.newInputStream(base.resolve(path))) {
                return Optional.of(in.readNBytes((int) maxBytes));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** The repository's name (a checkout's folder name), which the catalog records as the entities' {@code repository}. */
    public String name() {
        return name;
    }

    /** Relative path to size in bytes, sorted by path; {@link #UNKNOWN_SIZE} where the listing gave none. */
    public Map<String, Long> files() {
        return files;
    }

    /** The file's size, asked of the contents when the listing did not give it. */
    public long size(String path) {
        Long listed = files.get(path);
        if (listed == null) {
            return UNKNOWN_SIZE;
        }
        if (listed != UNKNOWN_SIZE) {
            return listed;
        }
        return resolvedSizes.computeIfAbsent(path, contents::size);
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
        return bytes(path, MAX_READ_BYTES).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    /** The file's bytes, at most {@code maxBytes}, or empty when it does not exist or cannot be read. */
    public Optional<byte[]> bytes(String path, long maxBytes) {
        return exists(path) ? contents.read(path, maxBytes) : Optional.empty();
    }
    /**
     * The files under {@code folder} as a tree of their own (paths relative to it), read through the same contents:
     * a monorepo's subproject analysed like a repository.
     */
    public RepositoryTree subtree(String folder) {
        String prefix = folder + "/";
        Map<String, Long> inside = new TreeMap<>();
        files.forEach((path, size) -> {
            if (path.startsWith(prefix)) {
                inside.put(path.substring(prefix.length()), size);
            }
        });
        RepositoryTree parent = this;
        return new RepositoryTree(name, inside, new Contents() {
            @Override
            public Optional<byte[]> read(String path, long maxBytes) {
                return parent.bytes(prefix + path, maxBytes);
            }

            @Override
            public long size(String path) {
                return parent.size(prefix + path);
            }
        });
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
