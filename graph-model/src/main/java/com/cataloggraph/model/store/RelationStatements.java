package com.cataloggraph.model.store;

import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;

/**
 * The writer's relation statements: declaring relations (with their sites) and dropping declarations,
 * each returning what an entity started or stopped declaring, for the history. A relationship's
 * {@code declaredAt} always keeps the positions of its {@code declaredBy}.
 */
final class RelationStatements {

    /**
     * Removes {@code $refs}' declarations; a relationship nobody declares any more goes. Returns what each
     * entity stopped declaring, for the history. {@code declaredAt} keeps the positions of {@code declaredBy}.
     */
    static final String DROP_DECLARED_RELATIONS = """
            UNWIND $refs AS ref
            MATCH (:Entity {ref: ref})-[r]-()
            WHERE ref IN r.declaredBy
            WITH r, collect(DISTINCT ref) AS gone
            %s""".formatted(undeclare());

    /**
     * As {@link #DROP_DECLARED_RELATIONS}, sparing each entity's relations it declares again ({@code row.keep}).
     * Runs before the upsert: an entity not stored yet, or stored only as a missing placeholder, has
     * declared nothing, so its relationships (others' declarations) are not walked at all. The seek hint:
     * otherwise the planner may seek the missing index, or scan the ref index, and compare refs per row, a
     * cost of catalog size times batch size.
     */
    static final String DROP_UNDECLARED_RELATIONS = """
            UNWIND $rows AS row
            MATCH (n:Entity {ref: row.ref})
            USING INDEX SEEK n:Entity(ref)
            WHERE n.missing = false
            MATCH (n)-[r]-()
            WHERE row.ref IN r.declaredBy
              AND NOT (startNode(r).ref + ' ' + type(r) + ' ' + endNode(r).ref) IN row.keep
            WITH r, collect(DISTINCT row.ref) AS gone
            %s""".formatted(undeclare());

    /**
     * One row per relationship with every declarer of it in the batch ({@code row.by}, {@code row.at}): one
     * statement's rows all read a relationship's properties before any row sets them, so two rows for one
     * relationship would lose a declarer. Declarers already listed keep their position, with their site
     * updated; new ones are appended and returned, for the history.
     */
    static final Map<RelationType, String> MERGE_RELATIONS_BY_TYPE = Arrays.stream(RelationType.values())
            .collect(Collectors.toMap(type -> type, type -> """
                    UNWIND $rows AS row
                    MATCH (s:Entity {ref: row.source})
                    MATCH (t:Entity {ref: row.target})
                    MERGE (s)-[r:%s]->(t)
                    WITH r, row, coalesce(r.declaredBy, []) AS by, coalesce(r.declaredAt, []) AS at
                    WITH r, row, by, at, [i IN range(0, size(row.by) - 1) WHERE NOT row.by[i] IN by] AS fresh,
                         [i IN range(0, size(by) - 1) |
                             coalesce(row.at[[j IN range(0, size(row.by) - 1) WHERE row.by[j] = by[i]][0]], at[i], '')]
                             AS sites
                    WHERE size(fresh) > 0 OR sites <> at
                    SET r.declaredBy = by + [i IN fresh | row.by[i]],
                        r.declaredAt = sites + [i IN fresh | row.at[i]]
                    WITH row, fresh WHERE size(fresh) > 0
                    RETURN row.source + ' %1$s ' + row.target AS key, [i IN fresh | row.by[i]] AS by,
                           [i IN fresh | row.at[i]] AS at
                    """.formatted(type.neo4jType())));

    private RelationStatements() {
    }

    /**
     * The tail of the drop statements: each relationship {@code r} loses the declarers in {@code gone} (and their
     * sites), goes when none is left, and is returned with who stopped declaring it where.
     */
    private static String undeclare() {
        return """
                WITH r, gone, startNode(r).ref + ' ' + type(r) + ' ' + endNode(r).ref AS key, r.declaredBy AS by,
                     coalesce(r.declaredAt, []) AS at
                WITH r, gone, key, by, at, [i IN range(0, size(by) - 1) WHERE NOT by[i] IN gone] AS kept
                SET r.declaredBy = [i IN kept | by[i]], r.declaredAt = [i IN kept | coalesce(at[i], '')]
                FOREACH (_ IN CASE WHEN size(kept) = 0 THEN [1] ELSE [] END | DELETE r)
                RETURN key, [i IN range(0, size(by) - 1) WHERE by[i] IN gone | by[i]] AS by,
                       [i IN range(0, size(by) - 1) WHERE by[i] IN gone | coalesce(at[i], '')] AS at
                """;
    }

    /** Rows of {@code key, by[], at[]} as one declaration per declarer. */
    static List<EntityChanges.Declaration> declarations(List<Record> rows) {
        List<EntityChanges.Declaration> declarations = new ArrayList<>();
        for (Record row : rows) {
            String key = row.get("key").asString();
            List<String> by = row.get("by").asList(value -> value.asString());
            List<String> at = row.get("at").asList(value -> value.asString());
            for (int i = 0; i < by.size(); i++) {
                declarations.add(new EntityChanges.Declaration(by.get(i), key, i < at.size() && !at.get(i).isEmpty()
                        ? at.get(i) : null));
            }
        }
        return declarations;
    }
}
