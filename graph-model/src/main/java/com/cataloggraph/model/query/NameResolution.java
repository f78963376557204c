package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.store.CatalogSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Resolves what a person or agent typed for an entity, in tiers that never mislead: an exact ref,
 * else an exact name (in any kind and namespace), else a title, else nothing but the nearest names.
 * Within a tier, defined entities win over refs nothing defines, and the kinds the caller expects
 * over others; a tier that still holds several is ambiguous. A single match of a kind the caller
 * did not expect ("billing" is a group, get_owner wants what a group owns) is not taken silently
 * when entities of the expected kinds carry the word too (billing-service, billing-db): then all
 * are candidates.
 */
final class NameResolution {

    /** The most candidates one tier lists. */
    static final int MAX_CANDIDATES = 25;

    /** The most near names offered. */
    static final int MAX_SUGGESTIONS = 5;

    private static final String BY_REF = """
            MATCH (n:Entity {ref: $ref})
            RETURN %s AS entity
            """.formatted(summaryOf("n"));

    /** A bare name: every entity of that name, in any kind and namespace. */
    private static final String BY_NAME = """
            MATCH (n:Entity)
            WHERE n.ref ENDS WITH $suffix AND n.ref STARTS WITH $kindPrefix
            RETURN %s AS entity
            ORDER BY n.missing, n.ref
            LIMIT %d
            """.formatted(summaryOf("n"), MAX_CANDIDATES);

    private static final String BY_TITLE = """
            MATCH (n:Entity)
            WHERE toLower(n.title) = $title OR toLower(n.displayName) = $title
            RETURN %s AS entity
            ORDER BY n.ref
            LIMIT %d
            """.formatted(summaryOf("n"), MAX_CANDIDATES);

    /** Near names from the full-text index, defined entities only, best first. */
    private static final String NEAR = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: 50}) YIELD node AS n, score
            WHERE n:Entity AND n.missing = false
            RETURN %s AS entity
            ORDER BY score DESC, n.ref
            LIMIT $limit
            """.formatted(summaryOf("n"));

    private final TransactionContext tx;
    private final String input;
    private final List<String> expected;

    private NameResolution(TransactionContext tx, String input, Collection<String> expectedKinds) {
        this.tx = tx;
        this.input = input;
        this.expected = expectedKinds.stream().map(kind -> kind.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * @param input         trimmed, non-empty, bounded by {@link InputBounds#name}
     * @param expectedKinds lowercase kinds the caller expects, may be empty
     */
    static Resolution resolve(TransactionContext tx, String input, Collection<String> expectedKinds) {
        return new NameResolution(tx, input, expectedKinds).resolve();
    }

    private Resolution resolve() {
        EntityRef parsed = EntityRef.tryParse(input);
        if (parsed != null) {
            List<EntitySummary> exact = EntityQueries.summaries(tx.run(BY_REF, Map.of("ref", parsed.canonical())));
            if (!exact.isEmpty()) {
                return Resolution.found(exact.getFirst());
            }
        }
        List<EntitySummary> names = byName(input.toLowerCase(Locale.ROOT));
        if (!names.isEmpty() && (expected.isEmpty() || anyExpected(names))) {
            return decide(names);
        }
        List<EntitySummary> titles = EntityQueries.summaries(tx.run(BY_TITLE,
                Map.of("title", input.toLowerCase(Locale.ROOT))));
        if (!titles.isEmpty() && (names.isEmpty() || anyExpected(titles))) {
            return decide(titles);
        }
        if (!names.isEmpty()) {
            return decide(names);
        }
        return Resolution.notFound(near(MAX_SUGGESTIONS));
    }

    /** One match, or the candidates when the tier (or the expected kinds) leave a choice. */
    private Resolution decide(List<EntitySummary> tier) {
        List<EntitySummary> chosen = narrow(tier);
        if (chosen.size() > 1) {
            return Resolution.ambiguous(chosen);
        }
        EntitySummary match = chosen.getFirst();
        if (!expected.isEmpty() && !expected.contains(kindOf(match))) {
            List<EntitySummary> candidates = new ArrayList<>(List.of(match));
            near(MAX_SUGGESTIONS).stream()
                    .filter(e -> expected.contains(kindOf(e)) && !e.ref().equals(match.ref()))
                    .forEach(candidates::add);
            if (candidates.size() > 1) {
                return Resolution.ambiguous(candidates);
            }
        }
        return Resolution.found(match);
    }

    private List<EntitySummary> narrow(List<EntitySummary> tier) {
        List<EntitySummary> chosen = tier;
        List<EntitySummary> defined = chosen.stream().filter(e -> !e.missing()).toList();
        if (!defined.isEmpty()) {
            chosen = defined;
        }
        List<EntitySummary> ofExpected = chosen.stream().filter(e -> expected.contains(kindOf(e))).toList();
        return ofExpected.isEmpty() ? chosen : ofExpected;
    }

    private boolean anyExpected(List<EntitySummary> entities) {
        return entities.stream().anyMatch(e -> expected.contains(kindOf(e)));
    }

    /** {@code payments} matches {@code .../payments}; {@code team-a/payments} matches {@code :team-a/payments}. */
    private List<EntitySummary> byName(String lower) {
        int colon = lower.indexOf(':');
        int slash = lower.indexOf('/');
        String kindPrefix = "";
        String name = lower;
        if (colon > 0 && (slash == -1 || colon < slash)) {
            kindPrefix = lower.substring(0, colon + 1);
            name = lower.substring(colon + 1);
        }
        if (!kindPrefix.isEmpty() && name.contains("/")) {
            return EntityQueries.summaries(tx.run(BY_REF, Map.of("ref", kindPrefix + name)));
        }
        String suffix = name.contains("/") ? ":" + name : "/" + name;
        return EntityQueries.summaries(tx.run(BY_NAME, Map.of("suffix", suffix, "kindPrefix", kindPrefix)));
    }

    private List<EntitySummary> near(int limit) {
        String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf(':')) + 1);
        String query = SearchText.fuzzy(name);
        if (query == null) {
            return List.of();
        }
        return EntityQueries.summaries(tx.run(NEAR, Map.of("index", CatalogSchema.SEARCH_INDEX, "query", query,
                "limit", limit)));
    }

    private static String kindOf(EntitySummary entity) {
        return entity.ref().substring(0, entity.ref().indexOf(':'));
    }
}
