package com.cataloggraph.ingest.validate;

import static com.cataloggraph.ingest.emit.IngestProblem.quote;
import static com.cataloggraph.ingest.parse.DocumentProblems.shape;
import com.cataloggraph.ingest.parse.DocumentProblems;

import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.FieldPath;
import com.cataloggraph.ingest.placeholder.Placeholders;
import java.util.List;
import java.util.Map;

/** A built-in kind's spec against its schema: required fields present, every listed field of its shape. */
final class SpecRules {

    private static final FieldPath SPEC = FieldPath.of("spec");

    private SpecRules() {
    }

    static void check(DocumentProblems problems, String kind, KindSchemas.KindSchema schema, Map<String, Object> spec) {
        for (SpecField field : schema.spec()) {
            FieldPath path = SPEC.child(field.name());
            Object value = spec.get(field.name());
            if (value == null) {
                if (field.required()) {
                    problems.error(Rule.REQUIRED_FIELD, path, null, path + " is required for kind " + kind
                            + requiredHint(field.type()));
                }
                continue;
            }
            checkShape(problems, path, field.type(), value);
        }
    }

    private static void checkShape(DocumentProblems problems, FieldPath path, FieldType type, Object value) {
        switch (type) {
            case STRING -> nonEmptyString(problems, path, value);
            case STRING_LIST -> {
                if (!(value instanceof List<?> list)) {
                    problems.error(Rule.FIELD_TYPE, path, value, path + " must be a list of strings, found "
                            + shape(value));
                    return;
                }
                for (int i = 0; i < list.size(); i++) {
                    nonEmptyString(problems, path.index(i), list.get(i));
                }
            }
            case LIST -> expect(problems, path, value, value instanceof List<?>, "a list");
            case OBJECT -> expect(problems, path, value, value instanceof Map<?, ?>, "an object");
            case OBJECT_OR_LIST -> expect(problems, path, value, value instanceof Map<?, ?> || value instanceof List<?>,
                    "an object or a list");
            case PROFILE -> {
                if (!(value instanceof Map<?, ?> profile)) {
                    problems.error(Rule.FIELD_TYPE, path, value, path + " must be an object, found " + shape(value));
                    return;
                }
                for (String key : List.of("displayName", "email", "picture")) {
                    if (profile.get(key) != null) {
                        nonEmptyString(problems, path.child(key), profile.get(key));
                    }
                }
            }
            case DEFINITION -> {
                if (!Placeholders.isPlaceholder(value)) {
                    nonEmptyString(problems, path, value);
                }
            }
            case PRESENCE -> {
                if (!"required".equals(value) && !"optional".equals(value)) {
                    problems.error(Rule.FIELD_TYPE, path, value, path + " must be \"required\" or \"optional\", found "
                            + quote(value));
                }
            }
        }
    }

    private static void nonEmptyString(DocumentProblems problems, FieldPath path, Object value) {
        if (!(value instanceof String text)) {
            problems.error(Rule.FIELD_TYPE, path, value, path + " must be a string, found " + shape(value));
        } else if (text.isBlank()) {
            problems.error(Rule.FIELD_TYPE, path, value, path + " must not be empty");
        }
    }

    private static void expect(DocumentProblems problems, FieldPath path, Object value, boolean ok, String shape) {
        if (!ok) {
            problems.error(Rule.FIELD_TYPE, path, value, path + " must be " + shape + ", found " + shape(value));
        }
    }

    private static String requiredHint(FieldType type) {
        return type == FieldType.STRING_LIST ? " (a list, which may be empty: [])" : "";
    }
}
