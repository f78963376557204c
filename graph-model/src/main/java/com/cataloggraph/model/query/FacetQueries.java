package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Facet counts for a listing or a search, in one read transaction: the matched entities' facet fields in one
 * statement (owners and systems by their {@code OWNED_BY} and {@code PART_OF} relations, so they name what the
 * filter takes), the files with problems in another, counted here. Counting in Cypher would need a subquery
 * per facet, which makes the statement several times costlier to plan, and Neo4j plans it again whenever
 * an ingest has changed the graph's statistics.
 */
public final class FacetQueries {

    /** Full-text candidates a search's facets count, as many as a search for a full page reads. */
    static final int SEARCH_CANDIDATES = 2000;

    /** {@code %s}: where the entities come from. */
    private static final String MATCHED = """
            %s
            RETURN n.kind AS kind, toLower(n.type) AS type, toLower(n.lifecycle) AS lifecycle, n.tags AS tags,
                   n.orphan AS orphan, n.missing AS missing, n.sourceLocation AS location,
                   [(n)-[:OWNED_BY]->(o:Entity) | [o.ref, coalesce(o.title, o.displayName, o.name)]] AS owners,
                   [(n)-[:PART_OF]->(s:System) | [s.ref, coalesce(s.title, s.name)]] AS systems
            """;

    private static final String LISTED = MATCHED.formatted("""
            MATCH (n:Entity)
            WHERE n.ref STARTS WITH $kindPrefix
              AND %s""".formatted(EntityQueries.FILTER));

    private static final String SEARCHED = MATCHED.formatted("""
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node AS n
            WHERE n.ref STARTS WITH $kindPrefix
              AND %s""".formatted(EntityQueries.FILTER));

    private static final String FILES_WITH_PROBLEMS = """
            MATCH (f:SourceFile) WHERE f.problems <> '[]'
            RETURN f.location AS location
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
        String cypher = LISTED;
        if (searchText != null && !searchText.isBlank()) {
            String query = SearchText.toLucene(searchText);
            if (query == null) {
                return new Tally().facets(limit);
            }
            params.put("index", CatalogSchema.SEARCH_INDEX);
            params.put("query", query);
            params.put("candidates", SEARCH_CANDIDATES);
            cypher = SEARCHED;
        }
        String statement = cypher;
        return database.read(tx -> {
            Set<String> withProblems = new HashSet<>(tx.run(FILES_WITH_PROBLEMS).list(row ->
                    row.get("location").asString()));
            Tally tally = new Tally();
            tx.run(statement, params).forEachRemaining(row -> tally.add(row, withProblems));
            return tally.facets(limit);
        });
    }

    /** Counts per facet value, and the label each value is shown with. */
    private static final class Tally {
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private final Map<String, String> labels = new HashMap<>();
        private long total;
        private long withProblems;
        private long orphans;
        private long missing;

        void add(Record row, Set<String> problemFiles) {
            total++;
            String kind = row.get("kind").asString(null);
            if (kind != null) {
                count("kinds", kind.toLowerCase(Locale.ROOT), kind);
            }
            count("types", row.get("type").asString(null), null);
            count("lifecycles", row.get("lifecycle").asString(null), null);
            for (String tag : row.get("tags").asList(Value::asString, List.of())) {
                count("tags", tag, null);
            }
            for (Value owner : row.get("owners").values()) {
                count("owners", owner.get(0).asString(), owner.get(1).asString(null));
            }
            for (Value system : row.get("systems").values()) {
                count("systems", system.get(0).asString(), system.get(1).asString(null));
            }
            String location = row.get("location").asString(null);
            withProblems += location != null && problemFiles.contains(location) ? 1 : 0;
            orphans += row.get("orphan").asBoolean(false) ? 1 : 0;
            missing += row.get("missing").asBoolean(false) ? 1 : 0;
        }

        private void count(String facet, String value, String label) {
            if (value == null) {
                return;
            }
            counts.computeIfAbsent(facet, key -> new HashMap<>()).merge(value, 1L, Long::sum);
            if (label != null) {
                labels.put(facet + '\u0000' + value, label);
            }
        }

        Facets facets(int limit) {
            return new Facets(total, top("kinds", limit), top("types", limit), top("lifecycles", limit),
                    top("owners", limit), top("systems", limit), top("tags", limit), withProblems, orphans, missing);
        }

        /** The most common values first, ties by value. */
        private List<FacetCount> top(String facet, int limit) {
            return counts.getOrDefault(facet, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit)
                    .map(e -> new FacetCount(e.getKey(), labels.getOrDefault(facet + '\u0000' + e.getKey(), e.getKey()),
                            e.getValue()))
                    .toList();
        }
    }
}
