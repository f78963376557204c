package com.cataloggraph.ingest.source;

import com.cataloggraph.codehosts.url.RepositoryUrl;
import java.nio.file.FileSystems;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of one discovered repository: those fetched up front, and others read from the host
 * when a descriptor points at them (each once); Location globs match the host's list of all its files. Without a way to read more it is incomplete: a
 * file it lacks may well exist on the host, so placeholders and Location targets naming one are
 * left as remote references rather than reported missing.
 */
public final class FetchedTree implements SourceTree {

    private final FetchedRepository repository;
    private final RepositoryInfo info;
    private final Map<String, Optional<byte[]>> readOnDemand = new ConcurrentHashMap<>();
    private List<String> listing;

    public FetchedTree(FetchedRepository repository) {
        this.repository = repository;
        String url = RepositoryUrl.normalize(repository.webUrl());
        this.info = new RepositoryInfo(repository.slug(), "", url, url, repository.branch());
    }

    @Override
    public FileContent read(String path, long maxBytes) throws IOException {
        byte[] bytes = bytes(path).orElseThrow(() -> new NoSuchFileException(path));
        return new FileContent(bytes.length > maxBytes ? null : bytes, bytes.length, Sha256.hex(bytes));
    }

    @Override
    public boolean isFile(String path) {
        try {
            return bytes(path).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Matches the repository's whole file list when the host can list it (asked once), so a Location's glob
     * target finds files that were not fetched up front; otherwise the fetched files only.
     */
    @Override
    public List<String> glob(String pattern) throws IOException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "{**/,}"));
        Set<String> paths = new TreeSet<>(repository.files().keySet());
        paths.addAll(listing());
        return paths.stream().filter(path -> matcher.matches(Path.of(path))).toList();
    }

    private synchronized List<String> listing() throws IOException {
        if (listing == null) {
            listing = repository.remote() == null ? List.of() : repository.remote().list().orElse(List.of());
        }
        return listing;
    }

    @Override
    public String locationOf(String path) {
        String view = WebLinks.view(info, path);
        return "url:" + (view != null ? view : (info.url() == null ? repository.slug() : info.url()) + "/" + path);
    }

    @Override
    public RepositoryInfo repositoryOf(String path) {
        return info;
    }

    @Override
    public Optional<String> pathOf(String absoluteTarget) {
        return WebLinks.pathIn(info, absoluteTarget);
    }

    @Override
    public boolean physicallyWithin(String path, String dir) {
        return TreePaths.within(path, dir);
    }

    @Override
    public boolean complete() {
        return repository.remote() != null;
    }

    private Optional<byte[]> bytes(String path) throws IOException {
        byte[] fetched = repository.files().get(path);
        if (fetched != null || repository.remote() == null) {
            return Optional.ofNullable(fetched);
        }
        Optional<byte[]> known = readOnDemand.get(path);
        if (known == null) {
            known = repository.remote().read(path);
            readOnDemand.put(path, known);
        }
        return known;
    }
}
