package com.cataloggraph.app.ingest;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.EntityRelation;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Page;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The catalog after a finished ingest, as readers will be held to it: every live entity's
 * relations ({@code "relation other-ref"}, as the shared queries name them), the subset its own
 * descriptor declared (written in the same transaction as the entity), and its write time.
 */
record CatalogSnapshot(Map<String, Set<String>> relations, Map<String, Set<String>> declared,
                       Map<String, String> writeTimes) {

    private static final int PAGE = 500;

    // declaredBy and updatedAt are not part of the shared summaries, so they are read here directly.
    private static final String WRITE_TIMES = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            RETURN ref, n.updatedAt AS updatedAt
            """;

    private static final String DECLARED = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})-[r]-(m:Entity)
            WHERE ref IN r.declaredBy
            RETURN ref, type(r) AS type, startNode(r) = n AS outgoing, m.ref AS other
            """;

    List<String> refs() {
        return List.copyOf(relations.keySet());
    }

    static CatalogSnapshot of(CatalogGraph graph) {
        Map<String, Set<String>> relations = new TreeMap<>();
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, String> writeTimes = new TreeMap<>();
        String cursor = null;
        do {
            Page<EntitySummary> page = graph.entities().list(EntityFilter.NONE, PAGE, cursor);
            List<String> refs = page.items().stream().map(EntitySummary::ref).toList();
            graph.entities().relationsOf(refs).forEach((ref, list) -> relations.put(ref, lines(list)));
            refs.forEach(ref -> {
                relations.putIfAbsent(ref, Set.of());
                declared.put(ref, new TreeSet<>());
            });
            graph.database().read(tx -> {
                tx.run(WRITE_TIMES, Map.of("refs", refs)).forEachRemaining(row ->
                        writeTimes.put(row.get("ref").asString(), row.get("updatedAt").asString()));
                tx.run(DECLARED, Map.of("refs", refs)).forEachRemaining(row -> {
                    RelationType type = RelationType.ofNeo4jType(row.get("type").asString()).orElseThrow();
                    declared.get(row.get("ref").asString()).add(type.nameFrom(row.get("outgoing").asBoolean())
                            + " " + row.get("other").asString());
                });
                return null;
            });
            cursor = page.nextCursor();
        } while (cursor != null);
        return new CatalogSnapshot(relations, declared, writeTimes);
    }

    private static Set<String> lines(List<EntityRelation> relations) {
        Set<String> lines = new TreeSet<>();
        for (EntityRelation relation : new ArrayList<>(relations)) {
            lines.add(relation.relation() + " " + relation.other().ref());
        }
        return lines;
    }
}
