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
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
@SchemaMapping(typeName = "User")
public class UserController {

    @SchemaMapping
    public Profile profile(EntitySummary user) {
        return Profile.of(user);
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> memberOf(EntitySummary user,
                                                           DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, user, RelationType.MEMBER_OF, true, ofKind(Kind.GROUP));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> owns(EntitySummary user, @Argument List<String> kinds,
                                                       @Argument List<String> types,
                                                       DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, user, RelationType.OWNED_BY, false, RelationFields.matching(kinds, types));
    }
}
