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
import org.neo4j.driver.TransactionContext;

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

    /** A bare name: every entity of that name, in any kind and namespace. */
    private static final String BY_REF_SUFFIX = """
            MATCH (n:Entity)
            WHERE n.ref ENDS WITH $suffix AND n.ref STARTS WITH $kindPrefix
            RETURN %s AS entity
            ORDER BY n.missing, n.ref
            LIMIT 25
            """.formatted(summaryOf("n"));

    private static final String BY_TITLE = """
            MATCH (n:Entity)
            WHERE toLower(n.title) = $title OR toLower(n.displayName) = $title
            RETURN %s AS entity
            ORDER BY n.ref
            LIMIT 25
            """.formatted(summaryOf("n"));

    /** The filters of {@link EntityFilter}, shared by listing, counting and search. */
    private static final String FILTER = """
            ($includeMissing OR n.missing = false)
              AND ($type IS NULL OR toLower(n.type) = $type)
              AND ($lifecycle IS NULL OR toLower(n.lifecycle) = $lifecycle)
              AND ($namespace IS NULL OR toLower(n.namespace) = $namespace)
              AND ($tag IS NULL OR $tag IN n.tags)
              AND ($text IS NULL OR n.ref CONTAINS $text OR toLower(n.title) CONTAINS $text
                   OR toLower(n.description) CONTAINS $text)
              AND ($owner IS NULL OR EXISTS { (n)-[:OWNED_BY]->(:Entity {ref: $owner}) })
              AND ($system IS NULL OR EXISTS { (n)-[:PART_OF]->(:Entity {ref: $system}) })
              AND ($domain IS NULL OR EXISTS { (n)-[:PART_OF]->(:Entity {ref: $domain}) }
                   OR EXISTS { (n)-[:PART_OF]->(:System)-[:PART_OF]->(:Entity {ref: $domain}) })\
            """;

    private static final String LIST = """
            MATCH (n:Entity)
            WHERE n.ref STARTS WITH $kindPrefix AND n.ref > $after
              AND %2$s
            RETURN %1$s AS entity
            ORDER BY n.ref
            LIMIT $limit
            """.formatted(summaryOf("n"), FILTER);

    private static final String COUNT = """
            MATCH (n:Entity)
            WHERE n.ref STARTS WITH $kindPrefix AND n.ref > $after
              AND %2$s
            RETURN count(n) AS total
            """.formatted("", FILTER);

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
     * a bare name or a title, in any case. When several entities match and exactly one is of a
     * preferred kind, that one wins.
     *
     * @param preferredKinds lowercase kinds the caller expects (e.g. {@code group} for a team), may be empty
     */
    public Resolution resolve(String text, Collection<String> preferredKinds) {
        String input = text == null ? "" : text.trim();
        if (input.isEmpty()) {
            return Resolution.notFound(List.of());
        }
        return database.read(tx -> {
            List<EntitySummary> candidates = new ArrayList<>();
            EntityRef parsed = EntityRef.tryParse(input);
            if (parsed != null) {
                candidates.addAll(summaries(tx.run(FIND_ALL, Map.of("refs", List.of(parsed.canonical())))));
            }
            if (candidates.isEmpty()) {
                candidates.addAll(looseCandidates(tx, input.toLowerCase(Locale.ROOT)));
            }
            if (candidates.isEmpty()) {
                candidates.addAll(summaries(tx.run(BY_TITLE, Map.of("title", input.toLowerCase(Locale.ROOT)))));
            }
            if (candidates.size() == 1) {
                return Resolution.found(candidates.getFirst());
            }
            if (candidates.size() > 1) {
                List<EntitySummary> defined = candidates.stream().filter(c -> !c.missing()).toList();
                if (defined.size() == 1) {
                    return Resolution.found(defined.getFirst());
                }
                List<EntitySummary> preferred = candidates.stream()
                        .filter(c -> preferredKinds.contains(c.ref().substring(0, c.ref().indexOf(':'))))
                        .toList();
                return preferred.size() == 1 ? Resolution.found(preferred.getFirst()) : Resolution.ambiguous(candidates);
            }
            return Resolution.notFound(suggest(tx, input));
        });
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

    /** One page of entities ordered by ref; {@code cursor} is a previous page's {@code nextCursor}. */
    public Page<EntitySummary> list(EntityFilter filter, int limit, String cursor) {
        Map<String, Object> params = filterParameters(filter, Cursors.decode(cursor));
        params.put("limit", limit + 1);
        List<EntitySummary> rows = database.read(tx -> summaries(tx.run(LIST, params)));
        return page(rows, limit);
    }

    /** How many entities the filter matches. */
    public long count(EntityFilter filter) {
        Map<String, Object> params = filterParameters(filter, "");
        return database.read(tx -> tx.run(COUNT, params).single().get("total").asLong());
    }

    /** Full-text search over name, title, description and tags, ranked, then filtered. */
    public List<SearchHit> search(String text, EntityFilter filter, int limit) {
        String query = SearchText.toLucene(text);
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

    private static List<EntitySummary> looseCandidates(TransactionContext tx, String input) {
        int colon = input.indexOf(':');
        int slash = input.indexOf('/');
        String kindPrefix = "";
        String suffix;
        if (colon > 0 && (slash == -1 || colon < slash)) {
            kindPrefix = input.substring(0, colon + 1);
            suffix = input.substring(colon + 1);
        } else {
            suffix = input;
        }
        // "payments" matches ".../payments"; "team-a/payments" matches ":team-a/payments".
        suffix = suffix.contains("/") ? ":" + suffix : "/" + suffix;
        if (!kindPrefix.isEmpty() && suffix.startsWith(":")) {
            suffix = suffix.substring(1);
            return summaries(tx.run(FIND_ALL, Map.of("refs", List.of(kindPrefix + suffix))));
        }
        return summaries(tx.run(BY_REF_SUFFIX, Map.of("suffix", suffix, "kindPrefix", kindPrefix)));
    }

    private static List<EntitySummary> suggest(TransactionContext tx, String input) {
        String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf(':')) + 1);
        String query = SearchText.fuzzy(name);
        if (query == null) {
            return List.of();
        }
        Map<String, Object> params = filterParameters(EntityFilter.NONE, "");
        params.put("index", CatalogSchema.SEARCH_INDEX);
        params.put("query", query);
        params.put("limit", 5);
        params.put("candidates", 50);
        return tx.run(SEARCH, params).list(row -> EntityMapping.summary(row.get("entity")));
    }

    static Map<String, Object> filterParameters(EntityFilter filter, String after) {
        Map<String, Object> params = new HashMap<>();
        params.put("kindPrefix", filter.kind() == null ? "" : filter.kind().toLowerCase(Locale.ROOT) + ":");
        params.put("after", after);
        params.put("includeMissing", filter.includeMissing());
        params.put("type", lower(filter.type()));
        params.put("lifecycle", lower(filter.lifecycle()));
        params.put("namespace", lower(filter.namespace()));
        params.put("tag", filter.tag());
        params.put("text", lower(filter.text()));
        params.put("owner", lower(filter.owner()));
        params.put("system", lower(filter.system()));
        params.put("domain", lower(filter.domain()));
        return params;
    }

    static List<EntitySummary> summaries(Result result) {
        return result.list(row -> EntityMapping.summary(row.get("entity")));
    }

    private static <T extends EntitySummary> Page<T> page(List<T> rows, int limit) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), Cursors.encode(items.getLast().ref()));
    }

    private static String lower(String value) {
        return value == null || value.isBlank() ? null : value.toLowerCase(Locale.ROOT);
    }
}
