package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.List;
import java.util.Map;

/** Ownership resolved through groups to people: who to ask about an entity. */
public final class OwnershipQueries {

    public static final int MEMBER_LIMIT = 100;

    private static final String OWNERS = """
            MATCH (:Entity {ref: $ref})-[r:OWNED_BY]->(o:Entity)
            RETURN %1$s AS owner, %4$s AS declarations,
                   COLLECT { MATCH (u:Entity)-[:MEMBER_OF]->(o) RETURN %2$s ORDER BY u.ref LIMIT $memberLimit }
                       AS members,
                   COUNT { (:Entity)-[:MEMBER_OF]->(o) } AS memberCount,
                   COLLECT { MATCH p = (o)-[:CHILD_OF*1..10]->(g:Entity)
                             WITH g, min(length(p)) AS distance
                             RETURN %3$s ORDER BY distance, g.ref } AS parents,
                   COLLECT { MATCH (o)-[:MEMBER_OF]->(g:Entity) RETURN %3$s ORDER BY g.ref } AS groups
            ORDER BY o.ref
            """.formatted(summaryOf("o"), summaryOf("u"), summaryOf("g"), Declaration.projectionOf("r"));

    private final CatalogDatabase database;

    public OwnershipQueries(CatalogDatabase database) {
        this.database = database;
    }

    /** The owners of the entity with this canonical ref (usually one; none when it has no owner). */
    public List<OwnerInfo> owners(String ref) {
        return owners(ref, MEMBER_LIMIT);
    }

    /**
     * The owners, each group's members listed up to {@code memberLimit} (at most {@link #MEMBER_LIMIT}; counted in
     * full): an answer that shows ten members reads ten.
     */
    public List<OwnerInfo> owners(String ref, int memberLimit) {
        long limit = Math.max(0, Math.min(memberLimit, MEMBER_LIMIT));
        return database.read(tx -> tx.run(OWNERS, Map.of("ref", ref, "memberLimit", limit)).list(row ->
                new OwnerInfo(EntityMapping.summary(row.get("owner")),
                        row.get("members").asList(EntityMapping::summary),
                        row.get("memberCount").asLong(),
                        row.get("parents").asList(EntityMapping::summary),
                        row.get("groups").asList(EntityMapping::summary),
                        Declaration.of(row.get("declarations")))));
    }
}
