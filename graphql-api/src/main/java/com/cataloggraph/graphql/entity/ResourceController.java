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
@SchemaMapping(typeName = "Resource")
public class ResourceController {

    @SchemaMapping
    public CompletableFuture<EntitySummary> system(EntitySummary resource,
                                                   DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, resource, RelationType.PART_OF, true, ofKind(Kind.SYSTEM));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> dependsOn(EntitySummary resource, @Argument Integer depth,
                                                            @Argument List<String> kinds,
                                                            @Argument List<String> types,
                                                            DataLoader<WalkKey, DependencyWalk> walks) {
        return RelationFields.walk(walks, resource, Direction.DEPENDENCIES, depth, kinds, types);
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> dependents(EntitySummary resource, @Argument Integer depth,
                                                             @Argument List<String> kinds,
                                                             @Argument List<String> types,
                                                             DataLoader<WalkKey, DependencyWalk> walks) {
        return RelationFields.walk(walks, resource, Direction.DEPENDENTS, depth, kinds, types);
    }
}
