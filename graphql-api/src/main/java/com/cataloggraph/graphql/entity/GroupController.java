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
@SchemaMapping(typeName = "Group")
public class GroupController {

    @SchemaMapping
    public Profile profile(EntitySummary group) {
        return Profile.of(group);
    }

    @SchemaMapping
    public CompletableFuture<EntitySummary> parent(EntitySummary group,
                                                   DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, group, RelationType.CHILD_OF, true, ofKind(Kind.GROUP));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> children(EntitySummary group,
                                                           DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, group, RelationType.CHILD_OF, false, ofKind(Kind.GROUP));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> members(EntitySummary group,
                                                          DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, group, RelationType.MEMBER_OF, false, ofKind(Kind.USER));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> owns(EntitySummary group, @Argument List<String> kinds,
                                                       @Argument List<String> types,
                                                       DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, group, RelationType.OWNED_BY, false, RelationFields.matching(kinds, types));
    }
}
