package com.cataloggraph.ingest.pipeline;

import com.cataloggraph.ingest.emit.EntityEmitted;
import com.cataloggraph.ingest.report.Conflict;
import com.cataloggraph.model.entity.Relation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who defines which ref after a run, as {@link ClaimResolver} decided.
 *
 * @param owners          each claimed ref's file (its location)
 * @param won             per file, the entities it emitted this run that it now defines
 * @param conflictsByFile per file, its definitions skipped because the ref was already defined
 */
record Claims(Map<String, String> owners, Map<String, List<EntityEmitted>> won,
              Map<String, List<Conflict>> conflictsByFile) {

    /** The refs each file defines after the run. */
    Map<String, Set<String>> refsByFile() {
        Map<String, Set<String>> byFile = new HashMap<>();
        owners.forEach((ref, location) -> byFile.computeIfAbsent(location, key -> new TreeSet<>()).add(ref));
        return byFile;
    }

    /** The relations a parsed file declares through the entities it won. */
    List<Relation> relationsOf(FileOutcome.Parsed parsed) {
        Set<String> keys = new HashSet<>();
        won.getOrDefault(parsed.file().location(), List.of()).forEach(entity -> keys.add(entity.key()));
        return parsed.relations().stream().filter(r -> keys.contains(r.declaredBy().canonical())).toList();
    }

    List<Conflict> conflicts() {
        return conflictsByFile.values().stream().flatMap(List::stream).toList();
    }
}
