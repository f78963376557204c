package com.cataloggraph.codehosts.tree;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One repository at one commit, read through a {@link RepositoryReader} and a {@link BlobCache}: the listing (from
 * the cache when this commit was listed before), then blobs only when asked for, each fetched at most once across
 * runs. Blobs longer than {@link #MAX_BLOB_BYTES} are not fetched.
 *
 * @param repository the repository
 * @param commit     the commit SHA
 * @param files      path to listing entry, in listing order
 */
public record RemoteSnapshot(RepositoryReader reader, BlobCache cache, HostedRepository repository, String commit,
                             Map<String, TreeEntry> files) {

    /** The longest blob read (a detector reads at most 1 MiB of a file; an AGENTS.md is a few kilobytes). */
    public static final long MAX_BLOB_BYTES = 16L * 1024 * 1024;

    /** The repository's default branch as it is now: one request for the head commit, and the listing unless cached. */
    public static RemoteSnapshot ofDefaultBranch(RepositoryReader reader, BlobCache cache, HostedRepository repository) {
        return at(reader, cache, repository, reader.headCommit(repository));
    }

    public static RemoteSnapshot at(RepositoryReader reader, BlobCache cache, HostedRepository repository,
                                    String commit) {
        List<TreeEntry> entries = cache.tree(commit).orElseGet(() -> {
            List<TreeEntry> listed = reader.tree(repository, commit);
            cache.putTree(commit, listed);
            return listed;
        });
        Map<String, TreeEntry> files = new LinkedHashMap<>();
        entries.forEach(entry -> files.put(entry.path(), entry));
        return new RemoteSnapshot(reader, cache, repository, commit, files);
    }

    /** The file's first {@code maxBytes} bytes; empty when it is not in the tree or is too long to fetch. */
    public Optional<byte[]> read(String path, long maxBytes) {
        TreeEntry entry = files.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        Optional<byte[]> cached = cache.blob(entry.sha());
        byte[] content;
        if (cached.isPresent()) {
            content = cached.get();
        } else {
            if (entry.size() > MAX_BLOB_BYTES) {
                return Optional.empty();
            }
            content = reader.blob(repository, entry.sha(), MAX_BLOB_BYTES);
            cache.putBlob(entry.sha(), content);
            cache.putSize(entry.sha(), content.length);
        }
        return Optional.of(content.length <= maxBytes ? content : Arrays.copyOf(content, (int) maxBytes));
    }

    /** The file's size: from the listing, else the cache, else asked of the host once and cached by blob SHA. */
    public long size(String path) {
        TreeEntry entry = files.get(path);
        if (entry == null) {
            return -1;
        }
        if (entry.size() >= 0) {
            return entry.size();
        }
        return cache.size(entry.sha()).orElseGet(() -> {
            long size = reader.size(repository, commit, path);
            if (size >= 0) {
                cache.putSize(entry.sha(), size);
            }
            return size;
        });
    }
}
