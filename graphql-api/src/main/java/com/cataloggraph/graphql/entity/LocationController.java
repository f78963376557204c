package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.StoredEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
@SchemaMapping(typeName = "Location")
public class LocationController {

    /** Backstage reads a location's targets as {@code [spec.target, ...spec.targets]}. */
    @SchemaMapping
    public CompletableFuture<List<String>> targets(EntitySummary location, DataLoader<String, StoredEntity> details) {
        return EntityController.detail(details, location, stored -> targetsOf(stored.spec()), List.of());
    }

    private static List<String> targetsOf(Map<String, Object> spec) {
        List<String> targets = new ArrayList<>();
        if (spec.get("target") instanceof String target) {
            targets.add(target);
        }
        if (spec.get("targets") instanceof List<?> more) {
            more.stream().filter(String.class::isInstance).map(String.class::cast).forEach(targets::add);
        }
        return targets;
    }
}
