package com.cataloggraph.ingest.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the configured descriptor paths of every candidate, a few repositories at a time, and
 * sorts the outcomes into repositories with descriptors, repositories without, and problems,
 * keeping the listing's order. Exact paths are read directly; globs are matched against the
 * repository's file list, asked for only when there are globs.
 */
final class DescriptorScan {

    private final List<String> paths;
    private final List<DescriptorGlob> globs;
    private final int concurrency;
    private final BiFunction<Candidate, String, FileAnswer> reader;
    private final Function<Candidate, TreeAnswer> lister;

    DescriptorScan(List<String> paths, int concurrency, BiFunction<Candidate, String, FileAnswer> reader,
                   Function<Candidate, TreeAnswer> lister) {
        this.paths = paths.stream().filter(path -> !DescriptorGlob.isGlob(path)).toList();
        this.globs = paths.stream().filter(DescriptorGlob::isGlob).map(DescriptorGlob::of).toList();
        this.concurrency = concurrency;
        this.reader = reader;
        this.lister = lister;
    }

    record Outcome(List<DiscoveredRepository> repositories, List<DiscoveryProblem> problems, int withoutDescriptor) {
    }

    private record Scanned(DiscoveredRepository repository, List<DiscoveryProblem> problems) {
    }

    Outcome scan(List<Candidate> candidates) {
        List<Scanned> scanned = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, Thread.ofPlatform().daemon().name("discovery-", 0)
                .factory());
        try {
            List<Future<Scanned>> futures = new ArrayList<>();
            for (Candidate candidate : candidates) {
                futures.add(pool.submit(() -> scan(candidate)));
            }
            for (Future<Scanned> future : futures) {
                scanned.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryException("Interrupted while reading descriptors", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new DiscoveryException("Reading descriptors failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        List<DiscoveredRepository> repositories = new ArrayList<>();
        List<DiscoveryProblem> problems = new ArrayList<>();
        int withoutDescriptor = 0;
        for (Scanned result : scanned) {
            problems.addAll(result.problems());
            if (result.repository() != null) {
                repositories.add(result.repository());
            } else if (result.problems().isEmpty()) {
                withoutDescriptor++;
            }
        }
        return new Outcome(repositories, problems, withoutDescriptor);
    }

    private Scanned scan(Candidate candidate) {
        List<DiscoveredFile> files = new ArrayList<>();
        List<DiscoveryProblem> problems = new ArrayList<>();
        List<String> wanted = new ArrayList<>(paths);
        if (!globs.isEmpty()) {
            TreeAnswer listing;
            try {
                listing = lister.apply(candidate);
            } catch (DiscoveryException e) {
                listing = new TreeAnswer.Failed(e.getMessage());
            }
            switch (listing) {
                case TreeAnswer.Listed listed -> listed.paths().stream().sorted()
                        .filter(path -> globs.stream().anyMatch(glob -> glob.matches(path)) && !wanted.contains(path))
                        .forEach(wanted::add);
                case TreeAnswer.Failed failed -> problems.add(new DiscoveryProblem(candidate.slug(),
                        globs.stream().map(DescriptorGlob::text).collect(Collectors.joining(", ")), failed.message()));
            }
        }
        for (String path : wanted) {
            FileAnswer answer;
            try {
                answer = reader.apply(candidate, path);
            } catch (DiscoveryException e) {
                answer = new FileAnswer.Failed(e.getMessage());
            }
            switch (answer) {
                case FileAnswer.Found found -> files.add(new DiscoveredFile(path, found.bytes()));
                case FileAnswer.Missing missing -> { }
                case FileAnswer.Failed failed -> problems.add(new DiscoveryProblem(candidate.slug(), path, failed.message()));
            }
        }
        // A repository with a failed read is reported, not returned half-read: its entities must stay as they were.
        DiscoveredRepository repository = files.isEmpty() || !problems.isEmpty() ? null
                : new DiscoveredRepository(candidate.provider(), candidate.providerId(), candidate.slug(), candidate.webUrl(),
                        candidate.defaultBranch(), candidate.ref(), files);
        return new Scanned(repository, problems);
    }
}
