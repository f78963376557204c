package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.StoredEntity;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
@SchemaMapping(typeName = "Profile")
public class ProfileController {

    @SchemaMapping
    public CompletableFuture<String> picture(Profile profile, DataLoader<String, StoredEntity> details) {
        return details.load(profile.ref()).thenApply(stored -> stored == null ? null : stored.picture());
    }
}
