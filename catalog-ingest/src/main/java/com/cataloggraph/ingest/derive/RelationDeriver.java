package com.cataloggraph.ingest.derive;

import static com.cataloggraph.ingest.emit.IngestProblem.quote;

import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.FieldPath;
import com.cataloggraph.model.entity.DeclarationSite;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.ref.InvalidEntityRefException;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationRule;
import com.cataloggraph.model.vocabulary.RelationRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Derives an entity's relations by walking {@link RelationRules}: each rule names a spec field, the
 * kind a bare ref in it defaults to, and the relation it yields. A ref that does not parse fails
 * the entity (Backstage rejects it the same way); refs to entities nobody defines are fine. Each
 * relation records where it was declared: the file, the line of the ref and the field
 * ({@code spec.dependsOn[2]}), also when it is stored the other way round ({@code dependencyOf}).
 */
public final class RelationDeriver {

    private RelationDeriver() {
    }

    /**
     * @param self the entity declaring the relations; its namespace is the default for refs
     * @param spec its spec, already checked to have strings and lists of strings where the rules read
     */
    public static List<Relation> derive(EntityRef self, Kind kind, Map<String, Object> spec, DocumentProblems problems) {
        List<Relation> relations = new ArrayList<>();
        for (RelationRule rule : RelationRules.forKind(kind)) {
            Object value = spec.get(rule.field());
            FieldPath field = FieldPath.of("spec", rule.field());
            if (value instanceof String ref) {
                add(relations, self, rule, ref, field, problems);
            } else if (value instanceof List<?> refs) {
                for (int i = 0; i < refs.size(); i++) {
                    if (refs.get(i) instanceof String ref) {
                        add(relations, self, rule, ref, field.index(i), problems);
                    }
                }
            }
        }
        return relations;
    }

    private static void add(List<Relation> relations, EntityRef self, RelationRule rule, String text, FieldPath field,
                            DocumentProblems problems) {
        EntityRef target;
        try {
            String defaultKind = rule.defaultKind() == null ? null : rule.defaultKind().displayName();
            target = EntityRef.parse(text, defaultKind, self.namespace());
        } catch (InvalidEntityRefException e) {
            problems.error(Rule.ENTITY_REF, field, text, field + " " + quote(text) + " is not a valid entity reference: "
                    + (rule.defaultKind() == null && !text.isEmpty() && hasNoKind(text)
                    ? rule.field() + " has no default kind, so the ref must name it, e.g. \"resource:" + text
                      + "\" or \"component:" + text + "\""
                    : "expected [<kind>:][<namespace>/]<name> with no empty part"));
            return;
        }
        DeclarationSite site = new DeclarationSite(problems.file(), problems.document().valueLineOf(field),
                field.toString());
        relations.add(rule.reversed()
                ? new Relation(target, rule.type(), self, self, site)
                : new Relation(self, rule.type(), target, self, site));
    }

    /** Backstage's reading: a ':' before any '/' introduces the kind. */
    private static boolean hasNoKind(String ref) {
        int colon = ref.indexOf(':');
        int slash = ref.indexOf('/');
        return colon == -1 || (slash != -1 && slash < colon);
    }
}
