package com.cataloggraph.graphql.entity;

import com.cataloggraph.graphql.loader.DirectRelations;
import com.cataloggraph.graphql.loader.EntityProblems;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.FileProblem;
import com.cataloggraph.model.query.StoredEntity;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Entity} interface's fields that a summary does not hold. Mapped once on the
 * interface, they apply to every entity type; all of them share one details read per page.
 */
@Controller
@SchemaMapping(typeName = "Entity")
public class EntityController {

    @SchemaMapping
    public CompletableFuture<List<String>> tags(EntitySummary entity, DataLoader<String, StoredEntity> details) {
        return detail(details, entity, StoredEntity::tags, List.of());
    }

    @SchemaMapping
    public CompletableFuture<List<KeyValue>> labels(EntitySummary entity, DataLoader<String, StoredEntity> details) {
        return detail(details, entity, stored -> KeyValue.of(stored.labels()), List.of());
    }

    @SchemaMapping
    public CompletableFuture<List<KeyValue>> annotations(EntitySummary entity,
                                                         DataLoader<String, StoredEntity> details) {
        return detail(details, entity, stored -> KeyValue.of(stored.annotations()), List.of());
    }

    @SchemaMapping
    public CompletableFuture<List<Link>> links(EntitySummary entity, DataLoader<String, StoredEntity> details) {
        return detail(details, entity, stored -> Link.of(stored.links()), List.of());
    }

    @SchemaMapping
    public CompletableFuture<Source> source(EntitySummary entity, DataLoader<String, StoredEntity> details) {
        return details.load(entity.ref()).thenApply(Source::of);
    }

    @SchemaMapping
    public CompletableFuture<List<Relation>> relations(EntitySummary entity,
                                                       DataLoader<String, DirectRelations> relations) {
        return relations.load(entity.ref()).thenApply(found -> (found == null ? DirectRelations.NONE : found)
                .relations().stream().map(r -> new Relation(r.relation(), r.other())).toList());
    }

    @SchemaMapping
    public CompletableFuture<String> updatedAt(EntitySummary entity, DataLoader<String, StoredEntity> details) {
        return detail(details, entity, StoredEntity::updatedAt, null);
    }

    @SchemaMapping
    public CompletableFuture<List<FileProblem>> problems(EntitySummary entity,
                                                         DataLoader<String, EntityProblems> problems) {
        return problems.load(entity.ref()).thenApply(found -> (found == null ? EntityProblems.NONE : found).problems());
    }

    /** A field of the stored entity, or {@code absent} when the entity vanished since it was listed. */
    static <T> CompletableFuture<T> detail(DataLoader<String, StoredEntity> details, EntitySummary entity,
                                           Function<StoredEntity, T> field, T absent) {
        return details.load(entity.ref()).thenApply(stored -> stored == null ? absent : field.apply(stored));
    }
}
