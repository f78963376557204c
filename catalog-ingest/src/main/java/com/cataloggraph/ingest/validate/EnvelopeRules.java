package com.cataloggraph.ingest.validate;

import static com.cataloggraph.ingest.parse.DocumentProblems.shape;
import com.cataloggraph.ingest.parse.DocumentProblems;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.FieldPath;
import java.util.List;
import java.util.Map;

/**
 * The envelope: what every document needs before it is an entity at all ({@code apiVersion},
 * {@code kind}, {@code metadata.name}, as Backstage's {@code EntityEnvelope} schema). A document
 * failing here fails its whole file, so the file's previous entities stay as they were.
 */
public final class EnvelopeRules {

    private EnvelopeRules() {
    }

    public static List<IngestProblem> check(DocumentProblems problems) {
        Map<String, Object> root = problems.document().object();
        requireText(problems, root, FieldPath.of("apiVersion"));
        requireText(problems, root, FieldPath.of("kind"));
        Object metadata = root.get("metadata");
        if (metadata == null) {
            problems.error(Rule.ENVELOPE, FieldPath.of("metadata"), null,
                    missingEnvelopeMessage(root, "metadata"));
        } else if (!(metadata instanceof Map<?, ?> meta)) {
            problems.error(Rule.ENVELOPE, FieldPath.of("metadata"), metadata,
                    "metadata must be an object, found " + shape(metadata));
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) meta;
            requireText(problems, fields, FieldPath.of("metadata", "name"));
            if (fields.containsKey("namespace")) {
                requireText(problems, fields, FieldPath.of("metadata", "namespace"));
            }
        }
        return problems.all();
    }

    private static void requireText(DocumentProblems problems, Map<String, Object> parent, FieldPath field) {
        String key = (String) field.segments().getLast();
        Object value = parent.get(key);
        if (value == null) {
            problems.error(Rule.ENVELOPE, field, null, field.segments().size() == 1
                    ? missingEnvelopeMessage(parent, key) : field + " is required");
        } else if (!(value instanceof String text)) {
            problems.error(Rule.ENVELOPE, field, value, field + " must be a string, found " + shape(value));
        } else if (text.isEmpty()) {
            problems.error(Rule.ENVELOPE, field, value, field + " must not be empty");
        }
    }

    private static String missingEnvelopeMessage(Map<String, Object> root, String key) {
        boolean looksLikeBackstage = root.containsKey("apiVersion") || root.containsKey("kind");
        return key + " is required" + (looksLikeBackstage ? ""
                : "; this document has no apiVersion or kind, so it is not a Backstage entity descriptor");
    }
}
