package com.cataloggraph.graphql.sync;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.model.sync.SyncLedger;
import com.cataloggraph.model.sync.SyncSourceStatus;
import com.cataloggraph.model.sync.WebhookDelivery;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code syncSources} and {@code webhookDeliveries}, served from graph-model's {@link SyncLedger}. */
@Controller
public class SyncController {

    private static final int MAX_DELIVERIES = 100;

    private final SyncLedger ledger;

    public SyncController(CatalogReads reads) {
        this.ledger = new SyncLedger(reads.database());
    }

    @QueryMapping
    public List<SyncSourceStatus> syncSources() {
        return ledger.status();
    }

    @QueryMapping
    public List<WebhookDelivery> webhookDeliveries(@Argument String source, @Argument Integer first) {
        int limit = first == null ? 20 : first;
        if (limit < 1 || limit > MAX_DELIVERIES) {
            throw new InvalidArgumentException("first", limit, "must be between 1 and " + MAX_DELIVERIES);
        }
        return ledger.deliveries(source, limit);
    }
}
