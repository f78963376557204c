package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completes the parts of an entity ref as someone types them: kinds, namespaces and names of
 * defined entities, lowercase as in canonical refs, in order. Each method returns at most
 * {@code limit + 1} values so callers can tell whether there are more.
 */
public final class CompletionQueries {

    private static final String KINDS = """
            MATCH (n:Entity) WHERE n.missing = false
            WITH DISTINCT toLower(n.kind) AS value
            WHERE value STARTS WITH $prefix
            RETURN value ORDER BY value LIMIT $limit
            """;

    private static final String NAMESPACES = """
            MATCH (n:Entity) WHERE n.missing = false AND n.ref STARTS WITH $kindPrefix
            WITH DISTINCT toLower(n.namespace) AS value
            WHERE value STARTS WITH $prefix
            RETURN value ORDER BY value LIMIT $limit
            """;

    /** With kind and namespace known, {@code ref STARTS WITH} is answered from the ref index. */
    private static final String NAMES = """
            MATCH (n:Entity) WHERE n.ref STARTS WITH $refPrefix AND n.missing = false
              AND ($namespace IS NULL OR toLower(n.namespace) = $namespace)
              AND toLower(n.name) STARTS WITH $prefix
            WITH DISTINCT toLower(n.name) AS value
            RETURN value ORDER BY value LIMIT $limit
            """;

    private static final String TYPES = """
            MATCH (n:Entity) WHERE n.missing = false AND n.type IS NOT NULL
            WITH DISTINCT toLower(n.type) AS value
            RETURN value ORDER BY value LIMIT $limit
            """;

    private static final String LIFECYCLES = """
            MATCH (n:Entity) WHERE n.missing = false AND n.lifecycle IS NOT NULL
            WITH DISTINCT toLower(n.lifecycle) AS value
            RETURN value ORDER BY value LIMIT $limit
            """;

    private final CatalogDatabase database;

    public CompletionQueries(CatalogDatabase database) {
        this.database = database;
    }

    public List<String> kinds(String prefix, int limit) {
        return values(KINDS, Map.of("prefix", lower(prefix), "limit", limit + 1));
    }

    /** @param kind the kind already chosen, or null */
    public List<String> namespaces(String kind, String prefix, int limit) {
        return values(NAMESPACES, Map.of("kindPrefix", kind == null ? "" : lower(kind) + ":", "prefix", lower(prefix),
                "limit", limit + 1));
    }

    /** @param kind the kind already chosen, or null; {@code namespace} likewise */
    public List<String> names(String kind, String namespace, String prefix, int limit) {
        Map<String, Object> params = new HashMap<>();
        String refPrefix = "";
        if (kind != null && !kind.isBlank()) {
            refPrefix = lower(kind) + ":";
            if (namespace != null && !namespace.isBlank()) {
                refPrefix += lower(namespace) + "/" + lower(prefix);
            }
        }
        params.put("refPrefix", refPrefix);
        params.put("namespace", namespace == null || namespace.isBlank() ? null : lower(namespace));
        params.put("prefix", lower(prefix));
        params.put("limit", limit + 1);
        return values(NAMES, params);
    }

    /** Every entity type in use (lowercase), for suggesting the right one when a filter matches nothing. */
    public List<String> types(int limit) {
        return values(TYPES, Map.of("limit", limit + 1));
    }

    /** Every lifecycle in use (lowercase). */
    public List<String> lifecycles(int limit) {
        return values(LIFECYCLES, Map.of("limit", limit + 1));
    }

    private List<String> values(String cypher, Map<String, Object> params) {
        return database.read(tx -> tx.run(cypher, params).list(row -> row.get("value").asString()));
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
