package com.cataloggraph.graphql.entity;

import static com.cataloggraph.graphql.entity.RelationFields.ofKind;

import com.cataloggraph.graphql.loader.RelatedEntities;
import com.cataloggraph.graphql.loader.RelationKey;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.StoredEntity;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
@SchemaMapping(typeName = "API")
public class ApiController {

    @SchemaMapping
    public CompletableFuture<EntitySummary> system(EntitySummary api,
                                                   DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, api, RelationType.PART_OF, true, ofKind(Kind.SYSTEM));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> providers(EntitySummary api,
                                                            DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, api, RelationType.PROVIDES_API, false, ofKind(Kind.COMPONENT));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> consumers(EntitySummary api,
                                                            DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, api, RelationType.CONSUMES_API, false, ofKind(Kind.COMPONENT));
    }

    @SchemaMapping
    public CompletableFuture<String> definition(EntitySummary api, DataLoader<String, StoredEntity> details) {
        return EntityController.detail(details, api, StoredEntity::definition, null);
    }

    @SchemaMapping
    public CompletableFuture<String> definitionPath(EntitySummary api, DataLoader<String, StoredEntity> details) {
        return EntityController.detail(details, api, StoredEntity::definitionPath, null);
    }
}
