package com.cataloggraph.ingest.discovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * repository's file list, asked for only when there are globs. A {@link Gate} may first decide that a
 * repository is unchanged since the last sync: it is then not read at all.
 */
final class DescriptorScan {

    /** Decides, before reading, whether a repository changed since the last sync. */
    interface Gate {
        Gate READ_ALL = candidate -> new Verdict(false, null);

        Verdict check(Candidate candidate);
    }

    /** @param unchanged true to skip reading; {@code version} is what to remember of it (null without tracking) */
    record Verdict(boolean unchanged, RepositoryVersion version) {
    }

    private final List<String> paths;
    private final List<DescriptorGlob> globs;
    private final int concurrency;
    private final BiFunction<Candidate, String, FileAnswer> reader;
    private final Function<Candidate, TreeAnswer> lister;
    private final Gate gate;

    DescriptorScan(List<String> paths, int concurrency, BiFunction<Candidate, String, FileAnswer> reader,
                   Function<Candidate, TreeAnswer> lister, Gate gate) {
        this.paths = paths.stream().filter(path -> !DescriptorGlob.isGlob(path)).toList();
        this.globs = paths.stream().filter(DescriptorGlob::isGlob).map(DescriptorGlob::of).toList();
        this.concurrency = concurrency;
        this.reader = reader;
        this.lister = lister;
        this.gate = gate;
    }

    record Outcome(List<DiscoveredRepository> repositories, List<DiscoveryProblem> problems, int withoutDescriptor,
                   Set<String> unchanged, Map<String, RepositoryVersion> versions) {
    }

    private record Scanned(Candidate candidate, DiscoveredRepository repository, List<DiscoveryProblem> problems,
                           Verdict verdict) {
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
        Set<String> unchanged = new HashSet<>();
        Map<String, RepositoryVersion> versions = new HashMap<>();
        int withoutDescriptor = 0;
        for (Scanned result : scanned) {
            problems.addAll(result.problems());
            if (result.verdict().unchanged()) {
                unchanged.add(result.candidate().slug());
            } else if (result.repository() != null) {
                repositories.add(result.repository());
            } else if (result.problems().isEmpty()) {
                withoutDescriptor++;
            }
            if (result.verdict().version() != null && result.problems().isEmpty()) {
                versions.put(result.candidate().slug(), result.verdict().version());
            }
        }
        return new Outcome(repositories, problems, withoutDescriptor, unchanged, versions);
    }

    private Scanned scan(Candidate candidate) {
        Verdict verdict;
        try {
            verdict = gate.check(candidate);
        } catch (DiscoveryException e) {
            verdict = new Verdict(false, null);
        }
        if (verdict.unchanged()) {
            return new Scanned(candidate, null, List.of(), verdict);
        }
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
                        candidate.defaultBranch(), candidate.ref(), files, verdict.version());
        return new Scanned(candidate, repository, problems, verdict);
    }
}
