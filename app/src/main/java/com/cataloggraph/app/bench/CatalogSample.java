package com.cataloggraph.app.bench;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What is in the graph to ask about: refs per kind, what something depends on, repositories, and
 * names that identify exactly one entity (an agent types "payments", not a ref).
 */
record CatalogSample(Map<String, List<Entry>> byKind, List<String> dependedOn, List<String> repositories,
                     List<String> words, Set<String> uniqueNames, long entities, long relations) {

    /** One entity: its ref, its name, its type. */
    record Entry(String ref, String name, String type) {
    }

    static final List<String> KINDS = List.of("Component", "API", "Resource", "System", "Domain", "Group", "User");

    static CatalogSample read(CatalogDatabase database) {
        Map<String, List<Entry>> byKind = new HashMap<>();
        for (String kind : KINDS) {
            byKind.put(kind, database.read(tx -> tx.run(BenchCypher.REFS_OF_KIND, Map.of("kind", kind)).list(row ->
                    new Entry(row.get("ref").asString(), row.get("name").asString(),
                            row.get("type").isNull() ? null : row.get("type").asString()))));
        }
        List<String> dependedOn = database.read(tx -> tx.run(BenchCypher.DEPENDED_ON).list(row ->
                row.get("ref").asString()));
        List<String> repositories = database.read(tx -> tx.run(BenchCypher.REPOSITORIES).list(row ->
                row.get("repository").asString()));
        long entities = database.read(tx -> tx.run(BenchCypher.ENTITY_COUNT).single().get("total").asLong());
        long relations = database.read(tx -> tx.run(BenchCypher.RELATION_COUNT).single().get("total").asLong());
        Map<String, Long> nameCounts = byKind.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(entry -> entry.name().toLowerCase(java.util.Locale.ROOT),
                        Collectors.counting()));
        Set<String> unique = nameCounts.entrySet().stream().filter(e -> e.getValue() == 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<String> words = new TreeSet<>();
        byKind.getOrDefault("Component", List.of()).forEach(entry -> {
            for (String word : entry.name().split("[-_.]")) {
                if (word.length() >= 3 && !word.chars().allMatch(Character::isDigit)) {
                    words.add(word);
                }
            }
        });
        return new CatalogSample(byKind, dependedOn, repositories, List.copyOf(words), unique, entities, relations);
    }

    List<Entry> of(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** Whether the catalog has what every probe asks about. */
    String missing() {
        for (String kind : List.of("Component", "API", "Resource", "System", "Group", "User")) {
            if (of(kind).isEmpty()) {
                return "no " + kind + " entities";
            }
        }
        if (dependedOn.isEmpty()) {
            return "no dependsOn relations";
        }
        return repositories.isEmpty() ? "no repositories" : null;
    }
}
