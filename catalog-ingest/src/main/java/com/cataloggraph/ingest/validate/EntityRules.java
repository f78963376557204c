package com.cataloggraph.ingest.validate;

import static com.cataloggraph.ingest.emit.IngestProblem.quote;
import static com.cataloggraph.ingest.parse.DocumentProblems.shape;
import com.cataloggraph.ingest.parse.DocumentProblems;

import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.FieldPath;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entity-level rules: a document that passed the envelope but breaks one of these fails only
 * itself (its previous version, if any, stays). Runs on the document after placeholders were
 * resolved, as Backstage's policies do.
 */
public final class EntityRules {

    private static final Set<String> ROOT_FIELDS = Set.of("apiVersion", "kind", "metadata", "spec");

    private EntityRules() {
    }

    /** Checks with the built-in kinds allowed. */
    public static void check(DocumentProblems problems, Map<String, Object> entity) {
        check(problems, entity, AllowedKinds.DEFAULT);
    }

    public static void check(DocumentProblems problems, Map<String, Object> entity, AllowedKinds allowedKinds) {
        for (String field : entity.keySet()) {
            if (!ROOT_FIELDS.contains(field)) {
                problems.error(Rule.UNKNOWN_ROOT_FIELD, FieldPath.of(field), field, "unknown root field " + quote(field)
                        + ": only apiVersion, kind, metadata and spec are allowed at the root"
                        + (field.equals("relations") || field.equals("status") ? " (" + field
                        + " is set by the catalog, not written in descriptors)" : ""));
            }
        }
        String apiVersion = (String) entity.get("apiVersion");
        String kind = (String) entity.get("kind");
        if (!Formats.isApiVersion(apiVersion)) {
            problems.error(Rule.API_VERSION, FieldPath.of("apiVersion"), apiVersion, "apiVersion " + quote(apiVersion)
                    + " is not valid; expected " + Formats.API_VERSION);
        }
        if (!Formats.isKind(kind)) {
            problems.error(Rule.KIND_FORMAT, FieldPath.of("kind"), kind, "kind " + quote(kind)
                    + " is not valid; expected " + Formats.KIND);
        } else {
            KindRules.checkSpelling(problems, kind, allowedKinds);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) entity.get("metadata");
        MetadataRules.check(problems, metadata);
        IndexedLengths.check(problems, entity);

        Object spec = entity.get("spec");
        if (spec != null && !(spec instanceof Map<?, ?>)) {
            problems.error(Rule.FIELD_TYPE, FieldPath.of("spec"), spec, "spec must be an object, found " + shape(spec));
            return;
        }
        Optional<Kind> builtIn = Kind.of(kind).filter(known -> known.displayName().equals(kind));
        if (builtIn.isEmpty()) {
            return;
        }
        KindSchemas.KindSchema schema = KindSchemas.of(builtIn.get());
        String display = builtIn.get().displayName();
        if (Formats.isApiVersion(apiVersion) && !schema.apiVersions().contains(apiVersion)) {
            problems.error(Rule.API_VERSION, FieldPath.of("apiVersion"), apiVersion, "apiVersion " + quote(apiVersion)
                    + " is not supported for kind " + display + "; expected "
                    + String.join(" or ", new TreeSet<>(schema.apiVersions())));
        }
        if (spec == null) {
            problems.error(Rule.REQUIRED_FIELD, FieldPath.of("spec"), null, "spec is required for kind " + display);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) spec;
        SpecRules.check(problems, display, schema, fields);
    }
}
