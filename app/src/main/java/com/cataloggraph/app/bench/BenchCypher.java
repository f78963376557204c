package com.cataloggraph.app.bench;

import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;

/**
 * Every statement the benchmarks run themselves, in one place. What they measure (ingest, the MCP
 * tools, GraphQL) runs its own Cypher; these only read what to measure with and write the floor.
 */
final class BenchCypher {

    private BenchCypher() {
    }

    /** The descriptor files the last ingest read (its per-file state), as {@code file:} locations. */
    static final String SOURCE_FILES = """
            MATCH (f:SourceFile)
            RETURN f.location AS location
            ORDER BY location
            """;

    /** One page of stored entities in ref order (the unique index serves the order), for the floor. */
    static final String NODES_PAGE = """
            MATCH (n:Entity)
            WHERE n.ref > $after
            RETURN n.ref AS ref, labels(n) AS labels, properties(n) AS props
            ORDER BY n.ref
            LIMIT $limit
            """;

    /** The outgoing relations of one page of entities in ref order (a row without type for one without any). */
    static final String RELATIONSHIPS_PAGE = """
            MATCH (s:Entity)
            WHERE s.ref > $after
            WITH s ORDER BY s.ref LIMIT $limit
            OPTIONAL MATCH (s)-[r]->(t:Entity)
            RETURN s.ref AS source, type(r) AS type, t.ref AS target, properties(r) AS props
            """;

    /** The one index the floor needs: relationships find their ends by ref. */
    static final String FLOOR_REF_INDEX = "CREATE INDEX floor_entity_ref IF NOT EXISTS FOR (n:Entity) ON (n.ref)";

    static final String AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

    /** Plain creation of one kind's nodes; the label comes from the {@link Kind} enum, never from data. */
    static String createNodes(Kind kind) {
        return "UNWIND $rows AS row\nCREATE (n:Entity" + (kind == null ? "" : ":" + kind.label()) + ")\nSET n = row\n";
    }

    /** Plain creation of one type's relationships; the type comes from the {@link RelationType} enum. */
    static String createRelationships(RelationType type) {
        return """
                UNWIND $rows AS row
                MATCH (s:Entity {ref: row.source})
                MATCH (t:Entity {ref: row.target})
                CREATE (s)-[r:%s]->(t)
                SET r = row.props
                """.formatted(type.neo4jType());
    }

    /** Defined entities of one kind, in ref order: the pool query arguments are drawn from. */
    static final String REFS_OF_KIND = """
            MATCH (n:Entity {kind: $kind})
            WHERE n.missing = false
            RETURN n.ref AS ref, n.name AS name, n.type AS type
            ORDER BY ref
            """;

    /** Components and resources something depends on: the blast-radius questions worth asking. */
    static final String DEPENDED_ON = """
            MATCH (n:Entity)<-[:DEPENDS_ON]-(:Entity)
            WHERE n.missing = false
            RETURN DISTINCT n.ref AS ref
            ORDER BY ref
            """;

    /** Repositories, by the folder name or slug entities record. */
    static final String REPOSITORIES = """
            MATCH (n:Entity)
            WHERE n.repository IS NOT NULL
            RETURN DISTINCT n.repository AS repository
            ORDER BY repository
            """;

    static final String ENTITY_COUNT = "MATCH (n:Entity) WHERE n.missing = false RETURN count(n) AS total";

    static final String RELATION_COUNT = "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS total";
}
