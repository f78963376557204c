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
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of one discovered repository: those fetched up front, and others read from the host
 * when a descriptor points at them (each once). Without a way to read more it is incomplete: a
 * file it lacks may well exist on the host, so placeholders and Location targets naming one are
 * left as remote references rather than reported missing.
 */
public final class FetchedTree implements SourceTree {

    private final FetchedRepository repository;
    private final RepositoryInfo info;
    private final Map<String, Optional<byte[]>> readOnDemand = new ConcurrentHashMap<>();

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

    @Override
    public List<String> glob(String pattern) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "{**/,}"));
        return repository.files().keySet().stream().filter(path -> matcher.matches(Path.of(path))).toList();
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
