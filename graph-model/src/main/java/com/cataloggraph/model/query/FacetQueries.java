package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;

/**
 * Facet counts for a listing or a search: one read over the matched entities, counting each facet's
 * values in the same pass. Owners and systems are counted by the entities' {@code OWNED_BY} and
 * {@code PART_OF} relations, so they name what the filter takes.
 */
public final class FacetQueries {

    /** Full-text candidates a search's facets count, as many as a search for a full page reads. */
    static final int SEARCH_CANDIDATES = 2000;

    private static final String LISTED = """
            MATCH (n:Entity)
            WHERE n.ref STARTS WITH $kindPrefix
              AND %s
            """.formatted(EntityQueries.FILTER);

    private static final String SEARCHED = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node AS n
            WHERE n.ref STARTS WITH $kindPrefix
              AND %s
            """.formatted(EntityQueries.FILTER);

    /** {@code %s}: the MATCH of {@link #LISTED} or {@link #SEARCHED}. */
    private static final String FACETS = """
            %s
            WITH collect(n) AS matched
            RETURN size(matched) AS total,
              COLLECT { UNWIND matched AS n
                        WITH n.kind AS value, count(*) AS count ORDER BY count DESC, value LIMIT $limit
                        RETURN {value: toLower(value), label: value, count: count} } AS kinds,
              COLLECT { UNWIND matched AS n WITH n WHERE n.type IS NOT NULL
                        WITH toLower(n.type) AS value, count(*) AS count ORDER BY count DESC, value LIMIT $limit
                        RETURN {value: value, label: value, count: count} } AS types,
              COLLECT { UNWIND matched AS n WITH n WHERE n.lifecycle IS NOT NULL
                        WITH toLower(n.lifecycle) AS value, count(*) AS count ORDER BY count DESC, value LIMIT $limit
                        RETURN {value: value, label: value, count: count} } AS lifecycles,
              COLLECT { UNWIND matched AS n MATCH (n)-[:OWNED_BY]->(o:Entity)
                        WITH o, count(*) AS count ORDER BY count DESC, o.ref LIMIT $limit
                        RETURN {value: o.ref, label: coalesce(o.title, o.displayName, o.name), count: count} } AS owners,
              COLLECT { UNWIND matched AS n MATCH (n)-[:PART_OF]->(s:System)
                        WITH s, count(*) AS count ORDER BY count DESC, s.ref LIMIT $limit
                        RETURN {value: s.ref, label: coalesce(s.title, s.name), count: count} } AS systems,
              COLLECT { UNWIND matched AS n UNWIND n.tags AS tag
                        WITH tag AS value, count(*) AS count ORDER BY count DESC, value LIMIT $limit
                        RETURN {value: value, label: value, count: count} } AS tags,
              size([n IN matched WHERE EXISTS {
                        MATCH (f:SourceFile {location: n.sourceLocation}) WHERE f.problems <> '[]' }]) AS withProblems,
              size([n IN matched WHERE n.orphan = true]) AS orphans,
              size([n IN matched WHERE n.missing = true]) AS missing
            """;

    private final CatalogDatabase database;

    public FacetQueries(CatalogDatabase database) {
        this.database = database;
    }

    /**
     * The facets of what {@code filter} matches, or, with {@code searchText}, of what a full-text search for it
     * matches within the filter.
     *
     * @param limit most values listed per facet
     */
    public Facets facets(EntityFilter filter, String searchText, int limit) {
        Map<String, Object> params = EntityQueries.filterParameters(filter, "");
        params.put("limit", limit);
        String match = LISTED;
        if (searchText != null && !searchText.isBlank()) {
            String query = SearchText.toLucene(searchText);
            if (query == null) {
                return new Facets(0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, 0);
            }
            params.put("index", CatalogSchema.SEARCH_INDEX);
            params.put("query", query);
            params.put("candidates", SEARCH_CANDIDATES);
            match = SEARCHED;
        }
        String cypher = FACETS.formatted(match);
        return database.read(tx -> {
            var row = tx.run(cypher, params).single();
            return new Facets(row.get("total").asLong(), counts(row.get("kinds")), counts(row.get("types")),
                    counts(row.get("lifecycles")), counts(row.get("owners")), counts(row.get("systems")),
                    counts(row.get("tags")), row.get("withProblems").asLong(), row.get("orphans").asLong(),
                    row.get("missing").asLong());
        });
    }

    private static List<FacetCount> counts(Value list) {
        return list.asList(item -> new FacetCount(item.get("value").asString(), item.get("label").asString(null),
                item.get("count").asLong()));
    }
}
