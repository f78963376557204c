package com.cataloggraph.ingest.validate;

import static com.cataloggraph.ingest.emit.IngestProblem.quote;

import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.FieldPath;
import java.util.Map;
import java.util.Optional;

/**
 * The kind checks Backstage makes outside its schemas. The allow-list ({@code catalog.rules} there,
 * {@code catalog.ingest.allowed-kinds} here) is checked on everything a location produced: one
 * document of a kind it does not allow rejects the whole file. Then each entity needs a processor that
 * recognises its kind, and kinds are case-sensitive: {@code kind: component} is no Component.
 */
public final class KindRules {

    private static final FieldPath KIND = FieldPath.of("kind");

    private KindRules() {
    }

    /** File level: the document's kind (and {@code spec.type}) must be allowed; run after the envelope check. */
    public static void checkAllowed(DocumentProblems problems, AllowedKinds allowed) {
        Map<String, Object> root = problems.document().object();
        String kind = (String) root.get("kind");
        Object type = root.get("spec") instanceof Map<?, ?> spec ? spec.get("type") : null;
        if (!Formats.isKind(kind)) {
            problems.error(Rule.KIND_FORMAT, KIND, kind, "kind " + quote(kind) + " is not valid; expected "
                    + Formats.KIND + "; as with Backstage's catalog.rules, the whole file is rejected");
        } else if (!allowed.allows(kind, type)) {
            problems.error(Rule.KIND_NOT_ALLOWED, KIND, kind, "kind " + quote(kind)
                    + (type instanceof String text ? " with spec.type " + quote(text) : "")
                    + " is not allowed (catalog.ingest.allowed-kinds: " + allowed
                    + "); as with Backstage's catalog.rules, the whole file is rejected");
        }
    }

    /** Entity level: the kind must be spelled exactly as a built-in or allowed kind is. */
    static void checkSpelling(DocumentProblems problems, String kind, AllowedKinds allowed) {
        Optional<String> spelling = allowed.spelling(kind);
        if (spelling.isPresent() && spelling.get().equals(kind)) {
            return;
        }
        problems.error(Rule.UNKNOWN_KIND, KIND, kind, "kind " + quote(kind) + " is not a kind the catalog knows"
                + spelling.map(known -> "; kinds are case-sensitive, did you mean " + quote(known) + "?")
                        .orElse("; add it to catalog.ingest.allowed-kinds if a plugin defines it"));
    }
}
