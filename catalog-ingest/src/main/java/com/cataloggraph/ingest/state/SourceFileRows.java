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

    /** The stored properties a state is read back from, in the order {@link #values} gives them. */
    static final List<String> FIELDS = List.of("location", "source", "file", "repository", "contentHash",
            "fingerprint", "stamp", "inputs", "status", "claims", "orphans", "targets", "problems", "retry",
            "relations");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<LocationEmitted>> TARGETS = new TypeReference<>() { };
    private static final TypeReference<List<IngestProblem>> PROBLEMS = new TypeReference<>() { };

    private SourceFileRows() {
    }

    /** The node's properties: {@link #FIELDS}, and what queries read beside them ({@code repositoryName}, {@code errors}). */
    static Map<String, Object> toRow(SourceFileState state) {
        Object[] values = values(state);
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(FIELDS.get(i), values[i]);
        }
        row.put("repositoryName", RepositoryName.key(state.repository()));
        row.put("errors", state.problems().stream().filter(IngestProblem::isError).count());
        return row;
    }

    /** The values of {@link #FIELDS}, as stored (null for an absent property). */
    static Object[] values(SourceFileState state) {
        return new Object[] {state.location(), state.source(), state.file(), state.repository(), state.contentHash(),
                state.fingerprint(), state.stamp(),
                state.inputs().isEmpty() ? List.of()
                        : state.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList(),
                state.status().name(), state.claims(), state.orphans(), json(state.targets()), json(state.problems()),
                state.retry(), state.relations()};
    }

    /** The state of a node's properties (absent ones are null), as the graph gives them. */
    static SourceFileState fromRow(Map<String, Object> row) {
        Object[] values = new Object[FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(FIELDS.get(i));
        }
        return fromValues(values);
    }

    /** The state of the values of {@link #FIELDS}, as the graph or a snapshot gives them. */
    static SourceFileState fromValues(Object[] values) {
        Map<String, String> inputs = new HashMap<>();
        for (String entry : texts(values[7])) {
            int eq = entry.lastIndexOf('=');
            inputs.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        return new SourceFileState((String) values[0], (String) values[1], (String) values[2], (String) values[3],
                (String) values[4], (String) values[5], (String) values[6], inputs,
                FileStatus.valueOf((String) values[8]), texts(values[9]), texts(values[10]),
                jsonList(values[11], TARGETS), jsonList(values[12], PROBLEMS), Boolean.TRUE.equals(values[13]),
                values[14] instanceof Number relations ? relations.longValue() : 0);
    }

    /** A stored list of Location targets (JSON). */
    static List<LocationEmitted> targets(Object json) {
        return jsonList(json, TARGETS);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Object list) {
        return list == null ? List.of() : (List<String>) list;
    }

    /** Most files have no targets and no problems: their empty lists are neither written nor parsed by Jackson. */
    private static String json(List<?> list) {
        return list.isEmpty() ? "[]" : JSON.writeValueAsString(list);
    }

    private static <T> List<T> jsonList(Object json, TypeReference<List<T>> type) {
        return json == null || "[]".equals(json) ? List.of() : JSON.readValue((String) json, type);
    }
}
