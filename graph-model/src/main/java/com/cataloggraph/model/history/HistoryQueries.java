package com.cataloggraph.model.history;

import com.cataloggraph.model.entity.DeclarationSite;
import com.cataloggraph.model.history.CatalogChange.FieldChange;
import com.cataloggraph.model.history.CatalogChange.RelationChange;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.vocabulary.RelationType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questions the catalog's history answers: what changed since a time (in the whole catalog, under an
 * owner, around an entity), who owned an entity on a date, and since when (and from which file change) a
 * relation is declared. Each runs in one read transaction.
 */
public final class HistoryQueries {

    /** The {@code at} index narrows to the period; the rest filters what is in it. */
    private static final String CHANGES = """
            MATCH (c:EntityChange)
            WHERE c.at >= $since AND ($until IS NULL OR c.at < $until)
              AND ($around IS NULL OR c.ref = $around
                   OR any(k IN coalesce(c.declared, []) + coalesce(c.undeclared, [])
                          WHERE k STARTS WITH $around + ' ' OR k ENDS WITH ' ' + $around))
              AND ($owner IS NULL OR c.owner = $owner OR c.ownerBefore = $owner)
              AND ($kind IS NULL OR toLower(c.kind) = $kind)
            RETURN c
            ORDER BY c.at DESC, c.ref
            LIMIT $limit
            """;

    private static final String LAST_BEFORE = """
            MATCH (c:EntityChange {ref: $ref}) WHERE c.at <= $at
            RETURN c ORDER BY c.at DESC LIMIT 1
            """;

    private static final String FIRST_AFTER = """
            MATCH (c:EntityChange {ref: $ref}) WHERE c.at > $at
            RETURN c ORDER BY c.at ASC LIMIT 1
            """;

    private static final String HISTORY_START = """
            MATCH (c:EntityChange) WHERE c.at IS NOT NULL
            RETURN c.at AS at ORDER BY c.at ASC LIMIT 1
            """;

    private static final String CURRENT_OWNER = """
            OPTIONAL MATCH (n:Entity {ref: $ref})
            OPTIONAL MATCH (n)-[:OWNED_BY]->(o:Entity)
            RETURN n IS NOT NULL AND NOT coalesce(n.missing, false) AS exists, collect(o.ref) AS owners
            """;

    private static final String RELATION_EVENTS = """
            MATCH (c:EntityChange)
            WHERE c.ref IN [$source, $target]
              AND ($key IN coalesce(c.declared, []) OR $key IN coalesce(c.undeclared, []))
            RETURN c ORDER BY c.at ASC
            """;

    /** The relationship's current declarers, per type (the type is an enum name, never input). */
    private static final Map<RelationType, String> RELATION_DECLARERS = Arrays.stream(RelationType.values())
            .collect(Collectors.toMap(type -> type, type -> """
                    OPTIONAL MATCH (:Entity {ref: $source})-[r:%s]->(:Entity {ref: $target})
                    RETURN r IS NOT NULL AS exists, coalesce(r.declaredBy, []) AS declarers
                    """.formatted(type.neo4jType()), (a, b) -> a, () -> new EnumMap<>(RelationType.class)));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogDatabase database;

    public HistoryQueries(CatalogDatabase database) {
        this.database = database;
    }

    /** The changes the filter matches, newest first, at most {@code limit}. */
    public List<CatalogChange> changes(ChangeFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("since", filter.since().atOffset(ZoneOffset.UTC));
        params.put("until", filter.until() == null ? null : filter.until().atOffset(ZoneOffset.UTC));
        params.put("around", filter.around());
        params.put("owner", filter.owner());
        params.put("kind", filter.kind() == null ? null : filter.kind().toLowerCase(java.util.Locale.ROOT));
        params.put("limit", Math.max(0, limit));
        return database.read(tx -> tx.run(CHANGES, params).list(row -> change(row.get("c"))));
    }

    /** Who owned {@code ref} at {@code at}: see {@link OwnerOnDate}. */
    public OwnerOnDate ownerOn(String ref, Instant at) {
        Map<String, Object> params = Map.of("ref", ref, "at", at.atOffset(ZoneOffset.UTC));
        return database.read(tx -> {
            String start = tx.run(HISTORY_START).list(row -> instant(row.get("at"))).stream().findFirst().orElse(null);
            boolean reachesBack = start != null && !Instant.parse(start).isAfter(at);
            List<CatalogChange> before = tx.run(LAST_BEFORE, params).list(row -> change(row.get("c")));
            if (!before.isEmpty()) {
                CatalogChange last = before.getFirst();
                boolean exists = !"removed".equals(last.change());
                return new OwnerOnDate(ref, at.toString(), exists, exists ? last.owner() : null, true, last, start);
            }
            List<CatalogChange> after = tx.run(FIRST_AFTER, params).list(row -> change(row.get("c")));
            if (!after.isEmpty()) {
                CatalogChange first = after.getFirst();
                boolean added = "added".equals(first.change());
                return new OwnerOnDate(ref, at.toString(), !added, added ? null : first.ownerBefore(), reachesBack,
                        first, start);
            }
            var current = tx.run(CURRENT_OWNER, Map.of("ref", ref)).single();
            List<String> owners = current.get("owners").asList(Value::asString);
            return new OwnerOnDate(ref, at.toString(), current.get("exists").asBoolean(),
                    owners.isEmpty() ? null : owners.getFirst(), reachesBack, null, start);
        });
    }

    /** Since when {@code source} has had the relation {@code type} to {@code target}: see {@link RelationHistory}. */
    public RelationHistory relation(String source, RelationType type, String target) {
        String key = source + " " + type.neo4jType() + " " + target;
        Map<String, Object> params = Map.of("source", source, "target", target, "key", key);
        return database.read(tx -> {
            var current = tx.run(RELATION_DECLARERS.get(type), params).single();
            boolean exists = current.get("exists").asBoolean();
            List<CatalogChange> events = tx.run(RELATION_EVENTS, params).list(row -> change(row.get("c")));
            String start = tx.run(HISTORY_START).list(row -> instant(row.get("at"))).stream().findFirst().orElse(null);
            CatalogChange since = exists ? currentStretch(key, events, current.get("declarers").asList(Value::asString))
                    : null;
            return new RelationHistory(key, exists, since, events, start);
        });
    }

    /**
     * The event that began the relation's current stretch, replaying who declared it: an entity whose first event
     * declares it did not before; one whose first event undeclares it did; one declaring it now without any event
     * did all along. A declaration arriving while nobody declared it begins a stretch; null when the current
     * stretch began before the history.
     */
    private static CatalogChange currentStretch(String key, List<CatalogChange> events, List<String> declarersNow) {
        Map<String, Boolean> firstDeclares = new LinkedHashMap<>();
        events.forEach(event -> firstDeclares.putIfAbsent(event.ref(), declares(event, key)));
        Set<String> declarers = new HashSet<>(declarersNow);
        declarers.removeAll(firstDeclares.keySet());
        firstDeclares.forEach((ref, declaresFirst) -> {
            if (!declaresFirst) {
                declarers.add(ref);
            }
        });
        CatalogChange since = null;
        for (CatalogChange event : events) {
            if (declares(event, key)) {
                if (declarers.isEmpty()) {
                    since = event;
                }
                declarers.add(event.ref());
            } else {
                declarers.remove(event.ref());
                if (declarers.isEmpty()) {
                    since = null;
                }
            }
        }
        return since;
    }

    private static boolean declares(CatalogChange event, String key) {
        return event.declared().stream().anyMatch(relation -> relation.key().equals(key));
    }

    static CatalogChange change(Value node) {
        return new CatalogChange(text(node, "run"), instant(node.get("at")), text(node, "ref"), text(node, "kind"),
                text(node, "change"), fields(text(node, "before"), text(node, "after")),
                relations(node, "declared", "declaredAt"), relations(node, "undeclared", "undeclaredAt"),
                text(node, "owner"), text(node, "ownerBefore"), text(node, "file"), text(node, "commit"),
                text(node, "hash"));
    }

    private static Map<String, FieldChange> fields(String beforeJson, String afterJson) {
        Map<String, FieldChange> fields = new LinkedHashMap<>();
        if (beforeJson == null || afterJson == null) {
            return fields;
        }
        Map<String, String> before = JSON.readValue(beforeJson, new TypeReference<LinkedHashMap<String, String>>() { });
        Map<String, String> after = JSON.readValue(afterJson, new TypeReference<LinkedHashMap<String, String>>() { });
        before.forEach((field, value) -> fields.put(field, new FieldChange(value, after.get(field))));
        return fields;
    }

    private static List<RelationChange> relations(Value node, String keys, String sites) {
        List<String> keyList = strings(node.get(keys));
        List<String> siteList = strings(node.get(sites));
        List<RelationChange> relations = new ArrayList<>(keyList.size());
        for (int i = 0; i < keyList.size(); i++) {
            String[] parts = keyList.get(i).split(" ", 3);
            relations.add(new RelationChange(parts[0], parts[1], parts[2],
                    i < siteList.size() ? DeclarationSite.parse(siteList.get(i)) : null));
        }
        return relations;
    }

    private static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }

    private static String text(Value node, String key) {
        Value value = node.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String instant(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toInstant().toString();
    }
}
