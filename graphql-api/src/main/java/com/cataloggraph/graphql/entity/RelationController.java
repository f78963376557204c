package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.Declaration;
import com.cataloggraph.model.query.StoredEntity;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Where each relation was declared. The declaring entities' repository, commit and links load through
 * the shared details loader, so a page of relations costs one more read at most, however many it lists.
 */
@Controller
@SchemaMapping(typeName = "Relation")
public class RelationController {

    @SchemaMapping
    public CompletableFuture<List<Source>> sources(Relation relation, DataLoader<String, StoredEntity> details) {
        List<Declaration> declarations = relation.declarations();
        if (declarations.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return details.loadMany(declarations.stream().map(Declaration::declaredBy).toList()).thenApply(declarers -> {
            List<Source> sources = new java.util.ArrayList<>(declarations.size());
            for (int i = 0; i < declarations.size(); i++) {
                sources.add(Source.of(declarations.get(i), declarers.get(i)));
            }
            return sources;
        });
    }

    @SchemaMapping
    public CompletableFuture<Source> source(Relation relation, DataLoader<String, StoredEntity> details) {
        return sources(relation, details).thenApply(all -> all.isEmpty() ? null : all.getFirst());
    }
}
