package com.cataloggraph.model.query;

import com.cataloggraph.model.entity.DeclarationSite;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;

/**
 * One entity's declaration of a stored relation: who declared it and where.
 *
 * @param declaredBy the canonical ref of the entity whose descriptor declared it
 * @param site       the file, line and field; null when not recorded
 */
public record Declaration(String declaredBy, DeclarationSite site) {

    /** Cypher map projection of a relationship's declarations; {@code %s} is the relationship variable. */
    static final String PROJECTION = "{by: %1$s.declaredBy, at: %1$s.declaredAt}";

    /** The declarations in a {@link #PROJECTION} value, in stored order. */
    static List<Declaration> of(Value projection) {
        if (projection == null || projection.isNull()) {
            return List.of();
        }
        List<String> by = EntityMapping.strings(projection.get("by"));
        List<String> at = EntityMapping.strings(projection.get("at"));
        List<Declaration> declarations = new ArrayList<>(by.size());
        for (int i = 0; i < by.size(); i++) {
            declarations.add(new Declaration(by.get(i), i < at.size() ? DeclarationSite.parse(at.get(i)) : null));
        }
        return List.copyOf(declarations);
    }

    static String projectionOf(String relationship) {
        return PROJECTION.formatted(relationship);
    }

    /** The first declaration with a known site, else null: what a one-citation answer names. */
    public static DeclarationSite firstSite(List<Declaration> declarations) {
        return declarations.stream().map(Declaration::site).filter(site -> site != null).findFirst().orElse(null);
    }
}
