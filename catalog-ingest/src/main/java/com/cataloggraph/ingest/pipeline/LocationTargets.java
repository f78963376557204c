package com.cataloggraph.ingest.pipeline;

import static com.cataloggraph.ingest.emit.IngestProblem.quote;

import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.FieldPath;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.ingest.source.TreePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a Location entity's {@code target} and {@code targets} against its own file, as
 * Backstage's {@code LocationEntityProcessor} does, but never leaving the ingested folder: a
 * relative target resolves against the Location's folder (with or without a leading {@code ./}),
 * an absolute path or a URL into one of the tree's repositories is read locally, any other URL is
 * left alone with a warning, and a target outside the tree is refused.
 */
final class LocationTargets {

    private LocationTargets() {
    }

    static List<LocationEmitted> of(Map<String, Object> spec, DescriptorFile file, int document,
                                    DocumentProblems problems) {
        boolean optional = "optional".equals(spec.get("presence"));
        List<LocationEmitted> targets = new ArrayList<>();
        if (spec.get("target") instanceof String target) {
            resolve(target, FieldPath.of("spec", "target"), optional, file, document, problems, targets);
        }
        if (spec.get("targets") instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String target) {
                    resolve(target, FieldPath.of("spec", "targets").index(i), optional, file, document, problems,
                            targets);
                }
            }
        }
        return targets;
    }

    private static void resolve(String target, FieldPath field, boolean optional, DescriptorFile file, int document,
                                DocumentProblems problems, List<LocationEmitted> targets) {
        int line = problems.document().lineOf(field);
        if (TreePaths.isUrl(target) || target.startsWith("/") || target.startsWith("file:")) {
            Optional<String> local = file.tree().pathOf(target);
            if (local.isPresent()) {
                targets.add(new LocationEmitted(local.get(), target, optional, document, line));
            } else if (TreePaths.isUrl(target) && !target.startsWith("file:")) {
                problems.warning(Rule.REMOTE_LOCATION_TARGET, field, target, field + " " + quote(target)
                        + " is a remote URL; it is not followed (only files inside the ingested folder are read)");
            } else {
                problems.error(Rule.LOCATION_TARGET_OUTSIDE_ROOT, field, target, field + " " + quote(target)
                        + " is outside the ingested folder; Location targets must stay inside it");
            }
            return;
        }
        String resolved = TreePaths.resolve(file.folder(), target);
        if (resolved == null || resolved.isEmpty()) {
            problems.error(Rule.LOCATION_TARGET_OUTSIDE_ROOT, field, target, field + " " + quote(target)
                    + " resolves outside the ingested folder; Location targets must stay inside it");
            return;
        }
        targets.add(new LocationEmitted(resolved, target, optional, document, line));
    }
}
