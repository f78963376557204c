package com.cataloggraph.ingest.validate;

import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.FieldPath;
import com.cataloggraph.ingest.source.DescriptorFile;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.ref.InvalidEntityRefException;
import com.cataloggraph.model.store.IndexLimits;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationRule;
import com.cataloggraph.model.vocabulary.RelationRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Values that land in a range index, against what Neo4j accepts ({@link IndexLimits}), before
 * anything is written: one value past the limit would fail its whole write transaction, and with it
 * the run. Fields the descriptor controls fail their document ({@code spec.type}, whose index it
 * shares with {@code kind}, and every ref a relation field names, which becomes a node's {@code ref});
 * the file's own path and repository fail the file. {@code metadata.name}, {@code namespace} and
 * {@code kind} are far shorter by their formats (63 characters).
 */
public final class IndexedLengths {

    private IndexedLengths() {
    }

    static void check(DocumentProblems problems, Map<String, Object> entity) {
        String kind = (String) entity.get("kind");
        if (!(entity.get("spec") instanceof Map<?, ?> spec)) {
            return;
        }
        if (spec.get("type") instanceof String type) {
            int room = IndexLimits.KIND_AND_TYPE_BYTES - IndexLimits.utf8Bytes(kind);
            if (IndexLimits.utf8Bytes(type) > room) {
                problems.error(Rule.VALUE_TOO_LONG, FieldPath.of("spec", "type"), type, tooLong("spec.type", type, room)
                        + " (kind and type share one index entry of " + format(IndexLimits.KIND_AND_TYPE_BYTES)
                        + " bytes)");
            }
        }
        Optional<Kind> builtIn = Kind.of(kind);
        if (builtIn.isPresent()) {
            refs(problems, builtIn.get(), namespaceOf(entity), spec);
        }
    }

    /** A reason the file cannot be written, when its path or repository is longer than an index holds. */
    public static Optional<String> fileProblem(DescriptorFile file) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("its path", file.path());
        values.put("its location", file.location());
        values.put("its repository's name", file.repository().name());
        values.put("its repository's URL", file.repository().url());
        return values.entrySet().stream()
                .filter(value -> IndexLimits.utf8Bytes(value.getValue()) > IndexLimits.RANGE_INDEX_BYTES)
                .findFirst()
                .map(value -> tooLong(value.getKey(), value.getValue(), IndexLimits.RANGE_INDEX_BYTES));
    }

    private static void refs(DocumentProblems problems, Kind kind, String namespace, Map<?, ?> spec) {
        for (RelationRule rule : RelationRules.forKind(kind)) {
            Object value = spec.get(rule.field());
            FieldPath field = FieldPath.of("spec", rule.field());
            if (value instanceof String ref) {
                ref(problems, rule, namespace, ref, field);
            } else if (value instanceof List<?> refs) {
                for (int i = 0; i < refs.size(); i++) {
                    if (refs.get(i) instanceof String ref) {
                        ref(problems, rule, namespace, ref, field.index(i));
                    }
                }
            }
        }
    }

    private static void ref(DocumentProblems problems, RelationRule rule, String namespace, String text,
                            FieldPath field) {
        try {
            String defaultKind = rule.defaultKind() == null ? null : rule.defaultKind().displayName();
            String canonical = EntityRef.parse(text, defaultKind, namespace).canonical();
            if (IndexLimits.utf8Bytes(canonical) > IndexLimits.RANGE_INDEX_BYTES) {
                problems.error(Rule.VALUE_TOO_LONG, field, text, tooLong(field + " (as the ref " + shortened(canonical)
                        + ")", canonical, IndexLimits.RANGE_INDEX_BYTES));
            }
        } catch (InvalidEntityRefException e) {
            // the relation rules report a ref that does not parse
        }
    }

    private static String namespaceOf(Map<String, Object> entity) {
        return entity.get("metadata") instanceof Map<?, ?> metadata && metadata.get("namespace") instanceof String text
                ? text : EntityRef.DEFAULT_NAMESPACE;
    }

    private static String tooLong(String what, String value, int limit) {
        return what + " is " + format(IndexLimits.utf8Bytes(value)) + " bytes long (UTF-8); at most " + format(limit)
                + " fit in the catalog's index";
    }

    private static String shortened(String value) {
        return "\"" + value.substring(0, Math.min(40, value.length())) + "...\"";
    }

    private static String format(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }
}
