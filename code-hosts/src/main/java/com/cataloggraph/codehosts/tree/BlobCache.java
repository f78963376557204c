package com.cataloggraph.codehosts.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a code host answered, on disk, keyed by what cannot change: blob contents and sizes by blob SHA, tree
 * listings by commit SHA. A second read of an unchanged repository therefore needs no blob and no tree request.
 * Writes go to a temporary file moved into place, so parallel workers and an interrupted run never leave a half
 * entry; a key that is not a hexadecimal SHA is refused (a host's answer never names a path on this disk).
 */
public final class BlobCache {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{7,64}");

    private final Path root;

    public BlobCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Optional<byte[]> blob(String sha) {
        return read(file("blobs", sha));
    }

    public void putBlob(String sha, byte[] content) {
        write(file("blobs", sha), content);
    }

    public Optional<Long> size(String sha) {
        return read(file("sizes", sha)).map(bytes -> Long.parseLong(new String(bytes, StandardCharsets.UTF_8).strip()));
    }

    public void putSize(String sha, long size) {
        write(file("sizes", sha), Long.toString(size).getBytes(StandardCharsets.UTF_8));
    }

    /** The listing of a commit's tree, as {@link #putTree} stored it. */
    public Optional<List<TreeEntry>> tree(String commit) {
        return read(file("trees", commit)).map(bytes -> {
            List<TreeEntry> entries = new ArrayList<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                entries.add(new TreeEntry(parts[2], parts[0], Long.parseLong(parts[1])));
            }
            return entries;
        });
    }

    public void putTree(String commit, List<TreeEntry> entries) {
        StringBuilder text = new StringBuilder();
        for (TreeEntry entry : entries) {
            if (entry.path().indexOf('\n') < 0) {
                text.append(entry.sha()).append('\t').append(entry.size()).append('\t').append(entry.path()).append('\n');
            }
        }
        write(file("trees", commit), text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String kind, String sha) {
        String key = sha == null ? "" : sha.toLowerCase(java.util.Locale.ROOT);
        if (!SHA.matcher(key).matches()) {
            throw new IllegalArgumentException("not a SHA: " + sha);
        }
        return root.resolve(kind).resolve(key.substring(0, 2)).resolve(key);
    }

    private static Optional<byte[]> read(Path file) {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cache entry " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".entry", ".tmp");
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cache entry " + file + ": " + e.getMessage(), e);
        }
    }
}
