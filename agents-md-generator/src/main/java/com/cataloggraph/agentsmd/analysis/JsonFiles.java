package com.cataloggraph.agentsmd.analysis;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON files of a checkout, reporting a malformed one with its line instead of failing. */
final class JsonFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonFiles() {
    }

    static Optional<JsonNode> read(RepositoryTree tree, String file, List<AnalysisProblem> problems) {
        Optional<String> text = tree.read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(text.get());
            if (node == null || !node.isObject()) {
                problems.add(new AnalysisProblem(file, 1, "expected a JSON object"));
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 0);
            problems.add(new AnalysisProblem(file, line, "not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
    }

    /** A string field, or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
