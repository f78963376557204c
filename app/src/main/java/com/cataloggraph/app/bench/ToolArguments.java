package com.cataloggraph.app.bench;

import com.cataloggraph.app.bench.CatalogSample.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Realistic, varied arguments for each of the 13 tools, drawn from the graph with a fixed seed (the
 * same catalog gives the same calls): mostly refs, sometimes the loose names agents type, depths and
 * filters as agents use them. Blast-radius questions ({@code get_dependents}, depth 3) are asked about
 * entities something depends on.
 */
final class ToolArguments {

    /** Argument sets per tool; workers walk through them from different offsets. */
    static final int SETS = 1024;

    private static final long SEED = 20_261_122L;

    /**
     * {@code list_entities} with an owner filter alone (a team's components): the question Backstage answers with
     * {@code by-query}, measured apart from the tool's mix of filters.
     */
    static final String LIST_BY_OWNER = "list_entities_by_owner";

    /** Read-only Cypher an agent writes when the other tools do not answer. */
    static final List<String> CYPHER = List.of(
            "MATCH (c:Component {ref: $ref})-[:DEPENDS_ON*1..2]->(r:Resource) RETURN DISTINCT r.ref AS ref, r.type AS type",
            "MATCH (g:Group {ref: $team})<-[:OWNED_BY]-(e:Entity) RETURN e.kind AS kind, count(*) AS entities",
            "MATCH (c:Component) WHERE c.lifecycle = $lifecycle RETURN c.type AS type, count(*) AS components");

    private final CatalogSample sample;
    private final Random random = new Random(SEED);

    ToolArguments(CatalogSample sample) {
        this.sample = sample;
    }

    /** The argument sets for every tool, by tool name, in {@code tools/list} order. */
    Map<String, List<Map<String, Object>>> all() {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        all.put("search_entities", sets(i -> chance(30)
                ? Map.of("query", pick(sample.words()), "kind", "component")
                : Map.of("query", pick(sample.words()))));
        all.put("get_entity", sets(i -> Map.of("entity", loosely(pick(pick(List.of(
                "Component", "Component", "Component", "Resource", "Resource", "API", "System", "Group", "User")))))));
        all.put("get_owner", sets(i -> Map.of("entity", loosely(pick(pick(List.of(
                "Component", "Component", "Component", "Resource", "API", "System")))))));
        all.put("get_dependencies", sets(i -> withType(Map.of("entity", pick("Component").ref(),
                "depth", 1 + random.nextInt(3)), chance(25) ? "database" : null)));
        all.put("get_dependents", sets(i -> Map.of("entity", pick(sample.dependedOn()), "depth", 3)));
        all.put("find_path", sets(i -> Map.of("from", pick("Component").ref(),
                "to", chance(50) ? pick("Group").ref() : pick("Component").ref())));
        all.put("get_team", sets(i -> Map.of("team", loosely(pick("Group")))));
        all.put("get_user", sets(i -> Map.of("user", loosely(pick("User")))));
        all.put("get_system", sets(i -> Map.of("system", pick("System").ref())));
        all.put("get_api", sets(i -> Map.of("api", pick("API").ref())));
        all.put("list_entities", sets(i -> switch (random.nextInt(4)) {
            case 0 -> Map.of("kind", "component", "owner", pick("Group").ref(), "limit", 50);
            case 1 -> Map.of("kind", "resource", "type", "database", "limit", 50);
            case 2 -> Map.of("kind", "component", "system", pick("System").ref(), "limit", 50);
            default -> Map.of("kind", "api", "limit", 50);
        }));
        all.put("get_repository_context", sets(i -> Map.of("repository", pick(sample.repositories()))));
        all.put("query_graph", sets(i -> switch (i % CYPHER.size()) {
            case 0 -> Map.of("cypher", CYPHER.get(0), "params", Map.of("ref", pick("Component").ref()));
            case 1 -> Map.of("cypher", CYPHER.get(1), "params", Map.of("team", pick("Group").ref()));
            default -> Map.of("cypher", CYPHER.get(2), "params", Map.of("lifecycle",
                    pick(List.of("production", "experimental", "deprecated"))));
        }));
        // Last, so the sets above stay what they were.
        all.put(LIST_BY_OWNER, sets(i -> Map.of("kind", "component", "owner", pick("Group").ref(), "limit", 50)));
        return all;
    }

    private List<Map<String, Object>> sets(Function<Integer, Map<String, Object>> make) {
        List<Map<String, Object>> sets = new ArrayList<>(SETS);
        for (int i = 0; i < SETS; i++) {
            sets.add(make.apply(i));
        }
        return List.copyOf(sets);
    }

    /** Half the time the bare name, as agents type it, when that name means exactly one entity. */
    private String loosely(Entry entry) {
        return chance(50) && sample.uniqueNames().contains(entry.name().toLowerCase(Locale.ROOT))
                ? entry.name() : entry.ref();
    }

    private static Map<String, Object> withType(Map<String, Object> arguments, String type) {
        if (type == null) {
            return arguments;
        }
        Map<String, Object> typed = new LinkedHashMap<>(arguments);
        typed.put("type", type);
        return Map.copyOf(typed);
    }

    private Entry pick(String kind) {
        return pick(sample.of(kind));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
