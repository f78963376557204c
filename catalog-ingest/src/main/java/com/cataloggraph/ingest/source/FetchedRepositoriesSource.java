package com.cataloggraph.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Repositories discovered on a host (a GitLab group, a GitHub organisation) with their fetched
 * files: every fetched file matching the descriptor patterns is a descriptor.
 */
public final class FetchedRepositoriesSource implements DescriptorSource {

    private final String id;
    private final List<FetchedRepository> repositories;
    private final ScanSettings.DescriptorMatcher matcher;
    private final Map<String, String> unreadable;
    private final Predicate<String> covers;

    /**
     * @param id the scope of reconciliation, e.g. {@code gitlab:https://gitlab.example.com/acme}: the same id on
     *           every run, so repositories that disappear from it make orphans
     */
    public FetchedRepositoriesSource(String id, List<FetchedRepository> repositories, ScanSettings settings) {
        this(id, repositories, Map.of(), settings);
    }

    /**
     * @param unreadable repositories (by slug) the host failed to answer for this time, with the reason: their
     *                   earlier entities are kept
     */
    public FetchedRepositoriesSource(String id, List<FetchedRepository> repositories, Map<String, String> unreadable,
                                     ScanSettings settings) {
        this(id, repositories, unreadable, settings, slug -> true);
    }

    /**
     * @param covers the repositories (by slug) this run speaks for; the stored files of the others stay as they were
     *               (repositories a sync knows unchanged, or all but those a webhook names)
     */
    public FetchedRepositoriesSource(String id, List<FetchedRepository> repositories, Map<String, String> unreadable,
                                     ScanSettings settings, Predicate<String> covers) {
        this.covers = covers;
        this.id = id;
        this.repositories = List.copyOf(repositories);
        this.unreadable = Map.copyOf(unreadable);
        this.matcher = settings.matcher();
    }

    @Override
    public Map<String, String> unreadableRepositories() {
        return unreadable;
    }

    @Override
    public boolean covers(String repository) {
        return covers.test(repository);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return repositories.size() + " repositories from " + id;
    }

    @Override
    public List<DescriptorFile> discover() {
        List<DescriptorFile> files = new ArrayList<>();
        for (FetchedRepository repository : repositories) {
            FetchedTree tree = new FetchedTree(repository);
            for (String path : repository.files().keySet()) {
                if (matcher.isDescriptor(path)) {
                    files.add(DescriptorFile.found(tree, path));
                }
            }
        }
        return files;
    }
}
