package com.cataloggraph.graphql.entity;

import static com.cataloggraph.graphql.entity.RelationFields.ofKind;

import com.cataloggraph.graphql.loader.RelatedEntities;
import com.cataloggraph.graphql.loader.RelationKey;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code owner}, on every type that implements {@code Owned}. */
@Controller
@SchemaMapping(typeName = "Owned")
public class OwnedController {

    @SchemaMapping
    public CompletableFuture<EntitySummary> owner(EntitySummary entity,
                                                  DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, entity, RelationType.OWNED_BY, true, ofKind(Kind.USER, Kind.GROUP));
    }
}
