package com.cataloggraph.graphql.query;

import com.cataloggraph.model.query.StoredEntity;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
@SchemaMapping(typeName = "Repository")
public class RepositoryController {

    /** The remote URL the repository's first entity (by ref) recorded. */
    @SchemaMapping
    public CompletableFuture<String> url(Repository repository, DataLoader<String, StoredEntity> details) {
        return details.load(repository.entities().getFirst().ref())
                .thenApply(stored -> stored == null ? null : stored.repositoryUrl());
    }
}
