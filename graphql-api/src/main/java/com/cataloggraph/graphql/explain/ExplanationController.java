package com.cataloggraph.graphql.explain;

import com.cataloggraph.model.query.EntitySummary;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code explanation} on every entity type, read for a whole page at once through its loader. */
@Controller
public class ExplanationController {

    private final Clock clock;

    public ExplanationController() {
        this(Clock.systemUTC());
    }

    ExplanationController(Clock clock) {
        this.clock = clock;
    }

    @SchemaMapping(typeName = "Entity")
    public CompletableFuture<Explanation> explanation(
            EntitySummary entity, DataLoader<String, com.cataloggraph.model.explain.Explanation> explanations) {
        return explanations.load(entity.ref()).thenApply(found -> Explanation.of(found, clock.instant()));
    }
}
