package com.cataloggraph.graphql.entity;

import static com.cataloggraph.graphql.entity.RelationFields.ofKind;

import com.cataloggraph.graphql.loader.RelatedEntities;
import com.cataloggraph.graphql.loader.RelationKey;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A system's domain and parts; components, apis and resources share one read of its parts. */
@Controller
@SchemaMapping(typeName = "System")
public class SystemController {

    @SchemaMapping
    public CompletableFuture<EntitySummary> domain(EntitySummary system,
                                                   DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, system, RelationType.PART_OF, true, ofKind(Kind.DOMAIN));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> components(EntitySummary system,
                                                             DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, system, RelationType.PART_OF, false, ofKind(Kind.COMPONENT));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> apis(EntitySummary system,
                                                       DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, system, RelationType.PART_OF, false, ofKind(Kind.API));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> resources(EntitySummary system,
                                                            DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, system, RelationType.PART_OF, false, ofKind(Kind.RESOURCE));
    }
}
