package com.cataloggraph.ingest.state;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.LocationEmitted;
import com.cataloggraph.model.ref.RepositoryName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link SourceFileState} as the properties of its {@code :SourceFile} node, and back: the one mapping the
 * graph's nodes and the local {@link StateSnapshot} both use, so a state reads the same from either.
 */
final class SourceFileRows {

    /** Every stored property, in the order a snapshot keeps them. */
    static final List<String> FIELDS = List.of("location", "source", "file", "repository", "repositoryName",
            "contentHash", "fingerprint", "stamp", "inputs", "status", "claims", "orphans", "targets", "problems",
            "errors", "retry", "relations");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<LocationEmitted>> TARGETS = new TypeReference<>() { };
    private static final TypeReference<List<IngestProblem>> PROBLEMS = new TypeReference<>() { };

    private SourceFileRows() {
    }

    static Map<String, Object> toRow(SourceFileState state) {
        Map<String, Object> row = new HashMap<>();
        row.put("location", state.location());
        row.put("source", state.source());
        row.put("file", state.file());
        row.put("repository", state.repository());
        row.put("repositoryName", RepositoryName.key(state.repository()));
        row.put("contentHash", state.contentHash());
        row.put("fingerprint", state.fingerprint());
        row.put("stamp", state.stamp());
        row.put("inputs", state.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList());
        row.put("status", state.status().name());
        row.put("claims", state.claims());
        row.put("orphans", state.orphans());
        row.put("targets", JSON.writeValueAsString(state.targets()));
        row.put("problems", JSON.writeValueAsString(state.problems()));
        row.put("errors", state.problems().stream().filter(IngestProblem::isError).count());
        row.put("retry", state.retry());
        row.put("relations", state.relations());
        return row;
    }

    /** The state of a node's properties (absent ones are null), as the graph or a snapshot gives them. */
    static SourceFileState fromRow(Map<String, Object> row) {
        Map<String, String> inputs = new HashMap<>();
        for (String entry : texts(row.get("inputs"))) {
            int eq = entry.lastIndexOf('=');
            inputs.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return new SourceFileState((String) row.get("location"), (String) row.get("source"), (String) row.get("file"),
                (String) row.get("repository"), (String) row.get("contentHash"), (String) row.get("fingerprint"),
                (String) row.get("stamp"), inputs, FileStatus.valueOf((String) row.get("status")),
                texts(row.get("claims")), texts(row.get("orphans")), jsonList(row.get("targets"), TARGETS),
                jsonList(row.get("problems"), PROBLEMS), Boolean.TRUE.equals(row.get("retry")),
                row.get("relations") instanceof Number relations ? relations.longValue() : 0);
    }

    /** A stored list of Location targets (JSON). */
    static List<LocationEmitted> targets(Object json) {
        return jsonList(json, TARGETS);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    /** Most files have no targets and no problems: their empty lists are not parsed. */
    private static <T> List<T> jsonList(Object json, TypeReference<List<T>> type) {
        return json == null || "[]".equals(json) ? List.of() : JSON.readValue((String) json, type);
    }
}
