package com.cataloggraph.ingest.testing;

import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/** Reads the test database directly, to check what an ingest left in it. */
public final class GraphProbe {

    private final TestNeo4j neo4j;

    public GraphProbe(TestNeo4j neo4j) {
        this.neo4j = neo4j;
    }

    public List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
        try (Session session = neo4j.driver().session()) {
            return session.run(cypher, parameters).list(Record::asMap);
        }
    }

    public List<Map<String, Object>> rows(String cypher) {
        return rows(cypher, Map.of());
    }

    public Map<String, Object> single(String cypher, Map<String, Object> parameters) {
        List<Map<String, Object>> rows = rows(cypher, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + cypher + " but got " + rows);
        }
        return rows.getFirst();
    }

    public Map<String, Object> entity(String ref) {
        return single("MATCH (n:Entity {ref: $ref}) RETURN properties(n) AS n", Map.of("ref", ref));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> properties(String ref) {
        return (Map<String, Object>) entity(ref).get("n");
    }

    public List<String> refs(String where) {
        return rows("MATCH (n:Entity) WHERE " + where + " RETURN n.ref AS ref ORDER BY ref").stream()
                .map(row -> (String) row.get("ref")).toList();
    }

    /** Relationships as {@code source TYPE target}, sorted. */
    public List<String> relationships() {
        return rows("MATCH (s:Entity)-[r]->(t:Entity) RETURN s.ref + ' ' + type(r) + ' ' + t.ref AS line ORDER BY line")
                .stream().map(row -> (String) row.get("line")).toList();
    }
}
