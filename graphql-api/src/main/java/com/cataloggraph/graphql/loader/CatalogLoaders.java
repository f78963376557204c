package com.cataloggraph.graphql.loader;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.model.query.StoredEntity;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Mono;

/**
 * Registers the catalog's batch loaders. Controllers ask for them by value type
 * ({@code DataLoader<RelationKey, RelatedEntities>} and so on), so every relation field of every
 * type shares one loader per kind of read: a page asking for owner, system and dependencies
 * costs one read for each, however many entities the page holds.
 */
public final class CatalogLoaders {

    private final CatalogReads reads;

    public CatalogLoaders(CatalogReads reads) {
        this.reads = reads;
    }

    public void registerWith(BatchLoaderRegistry registry) {
        registry.forTypePair(String.class, StoredEntity.class)
                .registerMappedBatchLoader((refs, env) -> Mono.fromCallable(() -> reads.stored().findAll(refs)));
        registry.forTypePair(String.class, DirectRelations.class)
                .registerMappedBatchLoader((refs, env) -> Mono.fromCallable(() -> directRelations(refs)));
        registry.forTypePair(RelationKey.class, RelatedEntities.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> related(keys)));
        registry.forTypePair(String.class, EntityProblems.class)
                .registerMappedBatchLoader((refs, env) -> Mono.fromCallable(() -> problems(refs)));
        registry.forTypePair(WalkKey.class, DependencyWalk.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> walks(keys)));
    }

    private Map<String, DirectRelations> directRelations(Set<String> refs) {
        return reads.entities().relationsOf(refs).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new DirectRelations(e.getValue())));
    }

    private Map<String, EntityProblems> problems(Set<String> refs) {
        return reads.problems().ofEntities(refs).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new EntityProblems(e.getValue())));
    }

    /** One read per relation type and direction among the keys. */
    private Map<RelationKey, RelatedEntities> related(Set<RelationKey> keys) {
        Map<RelationKey, RelatedEntities> result = new HashMap<>();
        groups(keys, key -> List.of(key.type(), key.outgoing())).forEach((group, members) -> {
            RelationKey first = members.getFirst();
            var found = reads.related().related(refs(members, RelationKey::ref), first.type(), first.outgoing());
            members.forEach(key -> result.put(key, new RelatedEntities(found.get(key.ref()))));
        });
        return result;
    }

    /** One walk per direction and depth among the keys. */
    private Map<WalkKey, DependencyWalk> walks(Set<WalkKey> keys) {
        Map<WalkKey, DependencyWalk> result = new HashMap<>();
        groups(keys, key -> List.of(key.direction(), key.depth())).forEach((group, members) -> {
            WalkKey first = members.getFirst();
            var found = reads.dependsOn().walk(refs(members, WalkKey::ref), first.direction(), first.depth());
            members.forEach(key -> result.put(key, new DependencyWalk(found.get(key.ref()))));
        });
        return result;
    }

    private static <K> Map<List<Object>, List<K>> groups(Set<K> keys, Function<K, List<Object>> by) {
        return keys.stream().collect(Collectors.groupingBy(by));
    }

    private static <K> Collection<String> refs(List<K> keys, Function<K, String> ref) {
        return keys.stream().map(ref).collect(Collectors.toSet());
    }
}
