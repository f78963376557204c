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

@Controller
@SchemaMapping(typeName = "Domain")
public class DomainController {

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> systems(EntitySummary domain,
                                                          DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, domain, RelationType.PART_OF, false, ofKind(Kind.SYSTEM));
    }

    @SchemaMapping
    public CompletableFuture<EntitySummary> subdomainOf(EntitySummary domain,
                                                        DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.one(related, domain, RelationType.PART_OF, true, ofKind(Kind.DOMAIN));
    }

    @SchemaMapping
    public CompletableFuture<List<EntitySummary>> subdomains(EntitySummary domain,
                                                             DataLoader<RelationKey, RelatedEntities> related) {
        return RelationFields.all(related, domain, RelationType.PART_OF, false, ofKind(Kind.DOMAIN));
    }
}
