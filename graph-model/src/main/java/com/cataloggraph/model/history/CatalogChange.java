package com.cataloggraph.model.history;

import com.cataloggraph.model.entity.DeclarationSite;
import java.util.List;
import java.util.Map;

/**
 * What one ingest run changed about one entity.
 *
 * @param run       the run's id
 * @param at        when the run started (ISO-8601)
 * @param ref       the entity
 * @param kind      its kind
 * @param change    {@code added}, {@code modified}, {@code restored} (defined again after being an orphan),
 *                  {@code orphaned} or {@code removed}
 * @param fields    the descriptor fields that changed, each with its value before and after ({@code null} when
 *                  absent), e.g. {@code spec.owner}
 * @param declared  relations the entity started declaring
 * @param undeclared relations it stopped declaring
 * @param owner       its owner after the change, or null
 * @param ownerBefore its owner before the change, or null
 * @param file      its descriptor file at the time
 * @param commit    the commit that file was read at, when known
 * @param hash      SHA-256 of that file's bytes, when known
 */
public record CatalogChange(String run, String at, String ref, String kind, String change,
                            Map<String, FieldChange> fields, List<RelationChange> declared,
                            List<RelationChange> undeclared, String owner, String ownerBefore, String file,
                            String commit, String hash) {

    /** One field's values before and after; null for an absent value. */
    public record FieldChange(String before, String after) {
    }

    /**
     * A relation an entity started or stopped declaring.
     *
     * @param source the stored relationship's source
     * @param type   its Neo4j type
     * @param target its target
     * @param site   where the entity's descriptor declared (or had declared) it; null when not recorded
     */
    public record RelationChange(String source, String type, String target, DeclarationSite site) {

        /** {@code source TYPE target}, the form the history stores. */
        public String key() {
            return source + " " + type + " " + target;
        }
    }
}
