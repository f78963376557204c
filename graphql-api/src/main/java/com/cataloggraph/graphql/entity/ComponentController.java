package com.cataloggraph.graphql.entity;

import static com.cataloggraph.graphql.entity.RelationFields.ofKind;

import com.cataloggraph.graphql.loader.DependencyWalk;
import com.cataloggraph.graphql.loader.RelatedEntities;
import com.cataloggraph.graphql.loader.RelationKey;
import com.cataloggraph.graphql.loader.WalkKey;
import com.cataloggraph.model.query.Direction;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
@SchemaMapping(typeName = "Component")
public class ComponentController {

    @SchemaMapping
    public CompletableFuture<EntitySummary> system(EntitySummary component,
                                                   DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, component, RelationType.PART_OF, true, ofKind(Kind.SYSTEM));
    }

    @SchemaMapping
    public CompletableFuture<EntitySummary> subcomponentOf(EntitySummary component,
                                                           DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, component, RelationType.PART_OF, true, ofKind(Kind.COMPONENT));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> subcomponents(EntitySummary component,
                                                                DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, component, RelationType.PART_OF, false, ofKind(Kind.COMPONENT));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> providesApis(EntitySummary component,
                                                               DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, component, RelationType.PROVIDES_API, true, ofKind(Kind.API));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> consumesApis(EntitySummary component,
                                                               DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, component, RelationType.CONSUMES_API, true, ofKind(Kind.API));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> dependsOn(EntitySummary component, @Argument Integer depth,
                                                            @Argument List<String> kinds,
                                                            @Argument List<String> types,
                                                            DataLoader<WalkKey, DependencyWalk> walks) {
        return RelationFields.walk(walks, component, Direction.DEPENDENCIES, depth, kinds, types);
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> dependents(EntitySummary component, @Argument Integer depth,
                                                             @Argument List<String> kinds,
                                                             @Argument List<String> types,
                                                             DataLoader<WalkKey, DependencyWalk> walks) {
        return RelationFields.walk(walks, component, Direction.DEPENDENTS, depth, kinds, types);
    }
}
