package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.SourceTree;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Location targets of one run: expands each target (again on every run, so a new file matching
 * a glob is found even when its Location did not change), reports targets that match nothing, and
 * finds cycles among Location files once the run has seen them all.
 */
final class LocationGraph {

    /** The field these problems name: the Location's targets as a whole (document problems name one target). */
    private static final String TARGETS = "spec.targets";

    private final Map<String, String> pathsByLocation = new HashMap<>();
    private final Map<String, List<String>> edges = new LinkedHashMap<>();
    private final Map<String, List<IngestProblem>> problems = new LinkedHashMap<>();

    /** The files a Location file's targets name now, in target order. */
    List<DescriptorFile> follow(DescriptorFile from, List<LocationEmitted> targets) {
        pathsByLocation.put(from.location(), from.path());
        List<DescriptorFile> files = new ArrayList<>();
        for (LocationEmitted target : targets) {
            List<String> paths;
            try {
                paths = expand(from.tree(), target);
            } catch (IOException e) {
                add(from, IngestProblem.warning(Rule.REMOTE_LOCATION_TARGET, from.path(), target.document(),
                        target.line(), TARGETS, target.declared(), "Location target " + target.declared()
                                + " could not be expanded (" + e.getMessage() + "); it is not followed this run"));
                continue;
            }
            if (paths.isEmpty() && !target.optional()) {
                missing(from, target);
            }
            for (String path : paths) {
                DescriptorFile file = from.target(path);
                pathsByLocation.put(file.location(), file.path());
                edges.computeIfAbsent(from.location(), key -> new ArrayList<>()).add(file.location());
                files.add(file);
            }
        }
        return files;
    }

    /**
     * Problems found following targets (targets matching nothing, cycles), by the location of the Location file
     * they belong to. Found again on every run, unchanged files included, so they are never read back from a
     * file's stored state.
     */
    Map<String, List<IngestProblem>> problems() {
        Map<String, List<IngestProblem>> all = new LinkedHashMap<>();
        problems.forEach((location, found) -> all.put(location, new ArrayList<>(found)));
        cycles().forEach((location, found) -> all.computeIfAbsent(location, key -> new ArrayList<>()).addAll(found));
        return all;
    }

    /** True for a problem this class reports (see {@link #problems()}), as stored with a file's state. */
    static boolean isFollowProblem(IngestProblem problem) {
        return problem.rule() == Rule.LOCATION_TARGET_MISSING || problem.rule() == Rule.LOCATION_CYCLE
                || problem.rule() == Rule.REMOTE_LOCATION_TARGET && TARGETS.equals(problem.field());
    }

    private List<String> expand(SourceTree tree, LocationEmitted target) throws IOException {
        if (!target.isGlob()) {
            return tree.isFile(target.pattern()) ? List.of(target.pattern()) : List.of();
        }
        return tree.glob(target.pattern());
    }

    private void missing(DescriptorFile from, LocationEmitted target) {
        String described = target.declared() + (target.declared().equals(target.pattern()) ? ""
                : " (" + target.pattern() + ")");
        if (!from.tree().complete()) {
            add(from, IngestProblem.warning(Rule.REMOTE_LOCATION_TARGET, from.path(), target.document(),
                    target.line(), TARGETS, target.declared(), "Location target " + described
                            + " was not fetched from the repository host; it is not followed"));
            return;
        }
        add(from, IngestProblem.error(Rule.LOCATION_TARGET_MISSING, from.path(), target.document(), target.line(),
                TARGETS, target.declared(), "Location target " + described
                        + (target.isGlob() ? " matches no file" : " does not exist")
                        + "; add presence: optional to the Location if it may be absent"));
    }

    private void add(DescriptorFile from, IngestProblem problem) {
        problems.computeIfAbsent(from.location(), key -> new ArrayList<>()).add(problem);
    }

    /** Each cycle once, reported on the Location whose target closes it. */
    private Map<String, List<IngestProblem>> cycles() {
        Map<String, List<IngestProblem>> found = new LinkedHashMap<>();
        Set<String> done = new HashSet<>();
        for (String start : edges.keySet()) {
            walk(start, new ArrayList<>(), new HashSet<>(), done, found);
        }
        return found;
    }

    private void walk(String node, List<String> path, Set<String> onPath, Set<String> done,
                      Map<String, List<IngestProblem>> found) {
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        onPath.add(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            if (onPath.contains(next)) {
                List<String> loop = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                loop.add(next);
                String chain = String.join(" -> ", loop.stream().map(pathsByLocation::get).toList());
                found.computeIfAbsent(node, key -> new ArrayList<>()).add(IngestProblem.error(Rule.LOCATION_CYCLE,
                        pathsByLocation.get(node), null, null, TARGETS, pathsByLocation.get(next), "Location cycle: " + chain
                                + "; each file is read once, but one of these targets is a mistake"));
            } else {
                walk(next, path, onPath, done, found);
            }
        }
        path.removeLast();
        onPath.remove(node);
        done.add(node);
    }
}
