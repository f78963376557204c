package com.cataloggraph.graphql.entity;

import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.graphql.loader.DependencyWalk;
import com.cataloggraph.graphql.loader.RelatedEntities;
import com.cataloggraph.graphql.loader.RelationKey;
import com.cataloggraph.graphql.loader.WalkKey;
import com.cataloggraph.model.query.DependencyHit;
import com.cataloggraph.model.query.Direction;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.TraversalQueries;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;

/**
 * How relation fields read: through the shared loaders, keeping only the entities of the kinds
 * the field's GraphQL type can hold (a dangling {@code dependsOn: system:x} cannot be a
 * {@code Dependency}; it still shows in {@code relations}).
 */
final class RelationFields {

    private RelationFields() {
    }

    static CompletableFuture<List<EntitySummary>> all(DataLoader<RelationKey, RelatedEntities> loader,
                                                      EntitySummary from, RelationType type, boolean outgoing,
                                                      Predicate<EntitySummary> keep) {
        return loader.load(new RelationKey(from.ref(), type, outgoing))
                .thenApply(found -> entities(found).stream().filter(keep).toList());
    }

    /** The first (by ref) related entity the field can hold, or null. */
    static CompletableFuture<EntitySummary> one(DataLoader<RelationKey, RelatedEntities> loader, EntitySummary from,
                                                RelationType type, boolean outgoing,
                                                Predicate<EntitySummary> keep) {
        return all(loader, from, type, outgoing, keep).thenApply(list -> list.isEmpty() ? null : list.getFirst());
    }

    /** A transitive dependsOn walk, kept to components and resources and to the kinds and types asked. */
    static CompletableFuture<List<EntitySummary>> walk(DataLoader<WalkKey, DependencyWalk> loader,
                                                       EntitySummary from, Direction direction, Integer depthAsked,
                                                       List<String> kinds, List<String> types) {
        int depth = depthAsked == null ? 1 : depthAsked;
        if (depth < 1 || depth > TraversalQueries.MAX_DEPTH) {
            throw new InvalidArgumentException("depth", depth, "must be between 1 and " + TraversalQueries.MAX_DEPTH);
        }
        Predicate<EntitySummary> keep = ofKind(Kind.COMPONENT, Kind.RESOURCE).and(matching(kinds, types));
        return loader.load(new WalkKey(from.ref(), direction, depth)).thenApply(walk ->
                (walk == null ? DependencyWalk.NONE : walk).hits().stream().map(DependencyHit::entity).filter(keep)
                        .toList());
    }

    static Predicate<EntitySummary> ofKind(Kind... kinds) {
        Set<Kind> allowed = Set.copyOf(Arrays.asList(kinds));
        return entity -> Kind.of(entity.kind()).filter(allowed::contains).isPresent();
    }

    static Predicate<EntitySummary> any() {
        return entity -> true;
    }

    /** Kinds and types as asked, in any case; null or empty lists do not filter. */
    static Predicate<EntitySummary> matching(List<String> kinds, List<String> types) {
        Set<String> kindSet = lower(kinds);
        Set<String> typeSet = lower(types);
        return entity -> (kindSet.isEmpty() || kindSet.contains(lower(entity.kind())))
                && (typeSet.isEmpty() || typeSet.contains(lower(entity.type())));
    }

    private static List<EntitySummary> entities(RelatedEntities found) {
        return found == null ? List.of() : found.entities();
    }

    private static Set<String> lower(List<String> values) {
        return values == null ? Set.of() : values.stream().map(RelationFields::lower).collect(Collectors.toSet());
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT);
    }
}
