package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogSchema;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;

/**
 * Reads of single entities, their direct relations, listings and search: the queries every
 * front end shares. Each runs in one read transaction.
 */
public final class EntityQueries {

    private static final String FIND = "MATCH (n:Entity {ref: $ref}) RETURN n";

    private static final String FIND_ALL = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            RETURN %s AS entity
            """.formatted(summaryOf("n"));

    /**
     * Reads are read-committed: a relationship deleted by a write committing during the query can
     * still be met, with no type and ends that are not the two nodes any more. Such rows describe
     * nothing that exists, so the query keeps only relationships that really join {@code n} and {@code m}.
     */
    private static final String RELATIONS = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})-[r]-(m:Entity)
            WITH ref, n, m, r, type(r) AS type, startNode(r) AS start, endNode(r) AS end
            WHERE type IS NOT NULL AND ((start = n AND end = m) OR (start = m AND end = n))
            RETURN ref, type, start = n AS outgoing, %s AS other, %s AS declarations
            ORDER BY ref, type, other.ref
            """.formatted(summaryOf("m"), Declaration.projectionOf("r"));

    /** "Has problems": the entity's {@code :SourceFile} (one index seek on its unique location) has problems. */
    private static final String PROBLEMS = "EXISTS { MATCH (f:SourceFile {location: n.sourceLocation}) "
            + "WHERE f.problems <> '[]' }";

    /**
     * The filters of {@link EntityFilter} but the missing and problem ones, each with the parameter that switches
     * it on: {@link #FILTER} guards each by its parameter, a count states only those set ({@link #conditionsOf}).
     */
    private static final List<Map.Entry<String, String>> CONDITIONS = List.of(
            Map.entry("orphan", "n.orphan = $orphan"),
            Map.entry("type", "toLower(n.type) = $type"),
            Map.entry("lifecycle", "toLower(n.lifecycle) = $lifecycle"),
            Map.entry("namespace", "toLower(n.namespace) = $namespace"),
            Map.entry("tag", "$tag IN n.tags"),
            Map.entry("text", "(n.ref CONTAINS $text OR toLower(n.title) CONTAINS $text "
                    + "OR toLower(n.description) CONTAINS $text)"),
            Map.entry("owner", "EXISTS { (n)-[:OWNED_BY]->(:Entity {ref: $owner}) }"),
            Map.entry("system", "EXISTS { (n)-[:PART_OF]->(:Entity {ref: $system}) }"),
            Map.entry("domain", "(EXISTS { (n)-[:PART_OF]->(:Entity {ref: $domain}) } "
                    + "OR EXISTS { (n)-[:PART_OF]->(:System)-[:PART_OF]->(:Entity {ref: $domain}) })"));

    /**
     * The filters of {@link EntityFilter}, shared by listing, searching and facets: one statement, one plan, for
     * every filter. "Has problems" reads the entity's file only when asked: each subquery sits behind a condition
     * on the parameters, which the planner checks first ({@code SelectOrSemiApply}). A count reads every entity
     * its range holds and evaluates each guarded condition on each (the 4,400 resources of a scale-1 catalog:
     * ~11 ms through this, ~6 ms through its one live condition), so it states only the conditions set instead.
     */
    static final String FILTER = """
            ($includeMissing OR $missing = true OR n.missing = false)
              AND ($missing IS NULL OR n.missing = $missing)
              AND ($hasProblems IS NULL OR ($hasProblems AND %1$s) OR (NOT $hasProblems AND NOT %1$s))
            """.formatted(PROBLEMS) + String.join("\n", CONDITIONS.stream()
            .map(condition -> "  AND ($" + condition.getKey() + " IS NULL OR " + condition.getValue() + ")").toList());

    /**
     * The refs a listing reads: those of the kind ({@code $before} is the kind prefix's end, so the index range
     * stops at the kind) after the cursor ({@code $after} is at least the kind prefix, so it starts there).
     */
    private static final String KIND_RANGE = "n.ref > $after AND n.ref < $before AND n.ref STARTS WITH $kindPrefix";

    static final String LIST = """
            MATCH (n:Entity)
            WHERE %3$s
              AND %2$s
            RETURN %1$s AS entity
            ORDER BY n.ref
            LIMIT $limit
            """.formatted(summaryOf("n"), FILTER, KIND_RANGE);

    /** {@code %1$s}: the conditions of {@link #conditionsOf}. */
    private static final String COUNT = """
            MATCH (n:Entity)
            WHERE %2$s
              AND %1$s
            RETURN count(n) AS total
            """;

    /**
     * What an owner (or system) has: {@link #LIST} and {@link #COUNT} read from it, not from every entity of the
     * kind. Its entities are gathered from it first (a pattern comprehension, expanded from the owner found by its
     * ref) and filtered after, so the planner cannot start from the ref index instead (it did, with any MATCH
     * form: with ORDER BY and LIMIT it preferred walking every entity of the kind in ref order until 50 matched).
     * {@code %1$s} names the parameter, {@code %2$s} the relationship type.
     */
    private static final String ANCHORED = """
            OPTIONAL MATCH (anchor:Entity {ref: $%1$s})
            UNWIND [(anchor)<-[:%2$s]-(m:Entity) | m] AS n
            WITH n
            WHERE %4$s
              AND %3$s
            """;

    private static final String PAGE_TAIL = """
            RETURN %s AS entity
            ORDER BY n.ref
            LIMIT $limit
            """.formatted(summaryOf("n"));

    private static final String COUNT_TAIL = "RETURN count(n) AS total\n";

    /** An owner's entities, {@code %1$s} the conditions they must meet, {@code %2$s} the range of refs. */
    private static final String OWNED = ANCHORED.formatted("owner", RelationType.OWNED_BY.neo4jType(), "%1$s",
            "%2$s");

    /** A system's parts, the same way. */
    private static final String PARTS = ANCHORED.formatted("system", RelationType.PART_OF.neo4jType(), "%1$s",
            "%2$s");

    static final String LIST_OWNED = OWNED.formatted(FILTER, KIND_RANGE) + PAGE_TAIL;

    private static final String COUNT_OWNED = OWNED + COUNT_TAIL;

    private static final String LIST_PARTS = PARTS.formatted(FILTER, KIND_RANGE) + PAGE_TAIL;

    private static final String COUNT_PARTS = PARTS + COUNT_TAIL;

    /** Every listing range stops before this when no kind bounds it: above any character a ref starts with. */
    private static final String END_OF_REFS = "\uffff";

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node AS n, score
            WHERE n.ref STARTS WITH $kindPrefix AND n.ref > $after
              AND %2$s
            RETURN %1$s AS entity, score
            ORDER BY score DESC, n.ref
            LIMIT $limit
            """.formatted(summaryOf("n"), FILTER);

    private final CatalogDatabase database;

    public EntityQueries(CatalogDatabase database) {
        this.database = database;
    }

    /** The entity with this canonical ref (missing placeholders included). */
    public Optional<StoredEntity> find(String ref) {
        return database.read(tx -> {
            List<Record> rows = tx.run(FIND, Map.of("ref", ref.toLowerCase(Locale.ROOT))).list();
            return rows.isEmpty() ? Optional.empty() : Optional.of(EntityMapping.stored(rows.getFirst().get("n")));
        });
    }

    /**
     * The entity an exact ref names, read whole in one statement: {@link #resolve}'s first tier, for a caller that
     * needs the whole entity anyway. Empty when the text is no ref or names nothing stored (then resolve it).
     *
     * @throws InputTooLongException when the text is longer than any ref or title
     */
    public Optional<StoredEntity> findByExactRef(String text) {
        EntityRef parsed = InputBounds.name(text) == null ? null : EntityRef.tryParse(text.trim());
        return parsed == null ? Optional.empty() : find(parsed.canonical());
    }

    /** Summaries of the entities with these canonical refs, keyed by ref; unknown refs are absent. */
    public Map<String, EntitySummary> findSummaries(Collection<String> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return database.read(tx -> {
            Map<String, EntitySummary> result = new LinkedHashMap<>();
            tx.run(FIND_ALL, Map.of("refs", List.copyOf(refs))).forEachRemaining(row -> {
                EntitySummary summary = EntityMapping.summary(row.get("entity"));
                result.put(summary.ref(), summary);
            });
            return result;
        });
    }

    /**
     * Resolves what a person or agent typed: a full ref, {@code kind:name}, {@code namespace/name},
     * a bare name or a title, in any case; exact ref, then exact name, then title (see
     * {@link NameResolution}), listing the candidates when more than one could be meant.
     *
     * @param preferredKinds lowercase kinds the caller expects (e.g. {@code group} for a team), may be empty
     * @throws InputTooLongException when the text is longer than any ref or title
     */
    public Resolution resolve(String text, Collection<String> preferredKinds) {
        String input = InputBounds.name(text) == null ? "" : text.trim();
        if (input.isEmpty()) {
            return Resolution.notFound(List.of());
        }
        return database.read(tx -> NameResolution.resolve(tx, input, preferredKinds));
    }

    public Resolution resolve(String text) {
        return resolve(text, List.of());
    }

    /** Direct relations of one entity, both directions. */
    public List<EntityRelation> relations(String ref) {
        return relationsOf(List.of(ref)).getOrDefault(ref, List.of());
    }

    /** Direct relations of many entities in one round trip, keyed by canonical ref (for DataLoaders). */
    public Map<String, List<EntityRelation>> relationsOf(Collection<String> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return database.read(tx -> {
            Map<String, List<EntityRelation>> result = new HashMap<>();
            tx.run(RELATIONS, Map.of("refs", List.copyOf(refs))).forEachRemaining(row -> {
                RelationType type = RelationType.valueOf(row.get("type").asString());
                boolean outgoing = row.get("outgoing").asBoolean();
                result.computeIfAbsent(row.get("ref").asString(), key -> new ArrayList<>())
                        .add(new EntityRelation(type.nameFrom(outgoing), type, outgoing,
                                EntityMapping.summary(row.get("other")), Declaration.of(row.get("declarations"))));
            });
            return result;
        });
    }

    /**
     * One page of entities ordered by ref; {@code cursor} is the {@code nextCursor} of the previous page of
     * the same filter.
     *
     * @throws InvalidCursorException when the cursor belongs to another filter or was changed
     */
    public Page<EntitySummary> list(EntityFilter filter, int limit, String cursor) {
        Map<String, Object> params = filterParameters(filter, Cursors.decode(cursor, filter.key()));
        params.put("limit", limit + 1);
        String list = filter.owner() != null ? LIST_OWNED : filter.system() != null ? LIST_PARTS : LIST;
        List<EntitySummary> rows = database.read(tx -> summaries(tx.run(list, params)));
        return page(rows, limit, filter);
    }

    /** The cursor that continues a listing of {@code filter} after the entity {@code ref}. */
    public static String cursorAfter(EntityFilter filter, String ref) {
        return Cursors.encode(filter.key(), ref);
    }

    /** How many entities the filter matches. */
    public long count(EntityFilter filter) {
        Map<String, Object> params = filterParameters(filter, "");
        String count = countStatement(filter, params);
        return database.read(tx -> tx.run(count, params).single().get("total").asLong());
    }

    /** The statement {@link #count} runs for these parameters (of {@link #filterParameters}). */
    static String countStatement(EntityFilter filter, Map<String, Object> params) {
        if (filter.owner() != null) {
            return COUNT_OWNED.formatted(conditionsOf(params, "owner"), KIND_RANGE);
        }
        if (filter.system() != null) {
            return COUNT_PARTS.formatted(conditionsOf(params, "system"), KIND_RANGE);
        }
        return COUNT.formatted(conditionsOf(params, null), KIND_RANGE);
    }

    /**
     * What {@link #FILTER} checks for these parameters, without the conditions they leave off, and without the
     * {@code anchor}'s (the owner or system the count gathers from holds for every entity it reads).
     */
    private static String conditionsOf(Map<String, Object> params, String anchor) {
        List<String> conditions = new ArrayList<>();
        if (params.get("missing") != null) {
            conditions.add("n.missing = $missing");
        } else if (!Boolean.TRUE.equals(params.get("includeMissing"))) {
            conditions.add("n.missing = false");
        }
        if (params.get("hasProblems") instanceof Boolean problems) {
            conditions.add(problems ? PROBLEMS : "NOT " + PROBLEMS);
        }
        for (Map.Entry<String, String> condition : CONDITIONS) {
            if (params.get(condition.getKey()) != null && !condition.getKey().equals(anchor)) {
                conditions.add(condition.getValue());
            }
        }
        return conditions.isEmpty() ? "true" : String.join("\n  AND ", conditions);
    }

    /**
     * Full-text search over name, title, description and tags, ranked, then filtered.
     *
     * @throws InputTooLongException when the text passes {@link InputBounds#MAX_SEARCH_CHARS} or
     *                               {@link InputBounds#MAX_SEARCH_WORDS}
     */
    public List<SearchHit> search(String text, EntityFilter filter, int limit) {
        String query = SearchText.toLucene(InputBounds.search(text));
        if (query == null) {
            return List.of();
        }
        Map<String, Object> params = filterParameters(filter, "");
        params.put("index", CatalogSchema.SEARCH_INDEX);
        params.put("query", query);
        params.put("limit", limit);
        params.put("candidates", Math.max(200, limit * 20));
        return database.read(tx -> tx.run(SEARCH, params).list(row ->
                new SearchHit(EntityMapping.summary(row.get("entity")), row.get("score").asDouble())));
    }

    static Map<String, Object> filterParameters(EntityFilter filter, String after) {
        Map<String, Object> params = new HashMap<>();
        String kindPrefix = filter.kind() == null ? "" : filter.kind().toLowerCase(Locale.ROOT) + ":";
        params.put("kindPrefix", kindPrefix);
        params.put("after", after.compareTo(kindPrefix) > 0 ? after : kindPrefix);
        params.put("before", kindPrefix.isEmpty() ? END_OF_REFS
                : kindPrefix.substring(0, kindPrefix.length() - 1) + (char) (':' + 1));
        params.put("includeMissing", filter.includeMissing());
        params.put("type", lower(filter.type()));
        params.put("lifecycle", lower(filter.lifecycle()));
        params.put("namespace", lower(filter.namespace()));
        params.put("tag", filter.tag());
        params.put("text", lower(filter.text()));
        params.put("owner", lower(filter.owner()));
        params.put("system", lower(filter.system()));
        params.put("domain", lower(filter.domain()));
        params.put("hasProblems", filter.hasProblems());
        params.put("orphan", filter.orphan());
        params.put("missing", filter.missing());
        return params;
    }

    static List<EntitySummary> summaries(Result result) {
        return result.list(row -> EntityMapping.summary(row.get("entity")));
    }

    private static <T extends EntitySummary> Page<T> page(List<T> rows, int limit, EntityFilter filter) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorAfter(filter, items.getLast().ref()));
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.toLowerCase(Locale.ROOT);
    }
}
