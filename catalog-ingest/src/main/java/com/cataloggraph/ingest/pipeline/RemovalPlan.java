package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.report.RemovalGuard;
import com.cataloggraph.ingest.state.EntityOwner;
import com.cataloggraph.ingest.state.SourceFileState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * What a run removes: entities their files no longer define become orphans (or are deleted), but
 * only while they are still attributed to that file, and not at all when that would remove more
 * than the allowed share of the catalog without {@code --force}.
 *
 * @param orphan        refs to flag orphan now
 * @param delete        refs to delete now
 * @param orphansByFile per file, the orphans it keeps track of after the run
 * @param blocked       files whose state must stay as it was because the guard refused their removals, so the
 *                      next run sees the same removals again
 * @param guard         the guard's verdict, or null when nothing was to be removed
 */
record RemovalPlan(List<String> orphan, List<String> delete, Map<String, List<String>> orphansByFile,
                   Set<String> blocked, RemovalGuard guard) {

    /**
     * @param scope  earlier state of every file of the run's sources, by location
     * @param owners reads the current owner of refs
     * @param live   counts defined, non-orphan entities before the run; asked only when something is to go
     */
    static RemovalPlan of(Map<String, SourceFileState> scope, Claims claims,
                          Function<Collection<String>, Map<String, EntityOwner>> owners, LongSupplier live,
                          OrphanStrategy strategy, boolean force, double maxShare) {
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        Set<String> refs = new HashSet<>();
        for (SourceFileState state : scope.values()) {
            for (List<String> list : List.of(state.claims(), state.orphans())) {
                for (String ref : list) {
                    if (!claims.owners().containsKey(ref)) {
                        candidates.computeIfAbsent(state.location(), key -> new ArrayList<>()).add(ref);
                        refs.add(ref);
                    }
                }
            }
        }
        Map<String, EntityOwner> current = refs.isEmpty() ? Map.of() : owners.apply(refs);
        Map<String, List<String>> gone = new LinkedHashMap<>();
        Map<String, List<String>> stillOrphans = new LinkedHashMap<>();
        candidates.forEach((location, list) -> {
            for (String ref : list) {
                EntityOwner owner = current.get(ref);
                if (owner == null || !location.equals(owner.location())) {
                    continue; // another file defines it now, or it is already gone
                }
                (owner.orphan() ? stillOrphans : gone).computeIfAbsent(location, key -> new ArrayList<>()).add(ref);
            }
        });
        boolean delete = strategy == OrphanStrategy.DELETE;
        long removals = count(gone) + (delete ? count(stillOrphans) : 0);
        RemovalGuard guard = null;
        if (removals > 0) {
            long base = live.getAsLong();
            double share = base == 0 ? 1.0 : (double) removals / base;
            guard = new RemovalGuard(removals, base, share, maxShare, share > maxShare && !force);
        }
        if (guard != null && guard.refused()) {
            Set<String> blocked = new HashSet<>(gone.keySet());
            if (delete) {
                blocked.addAll(stillOrphans.keySet());
            }
            return new RemovalPlan(List.of(), List.of(), stillOrphans, blocked, guard);
        }
        if (delete) {
            List<String> all = new ArrayList<>(flatten(gone));
            all.addAll(flatten(stillOrphans));
            return new RemovalPlan(List.of(), all, Map.of(), Set.of(), guard);
        }
        Map<String, List<String>> tracked = new LinkedHashMap<>(stillOrphans);
        gone.forEach((location, list) -> tracked.merge(location, list, (a, b) -> {
            List<String> merged = new ArrayList<>(a);
            merged.addAll(b);
            return merged;
        }));
        return new RemovalPlan(flatten(gone), List.of(), tracked, Set.of(), guard);
    }

    private static long count(Map<String, List<String>> byFile) {
        return byFile.values().stream().mapToLong(List::size).sum();
    }

    private static List<String> flatten(Map<String, List<String>> byFile) {
        return byFile.values().stream().flatMap(List::stream).toList();
    }
}
