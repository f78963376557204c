package com.cataloggraph.mcp.resource;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.sync.SyncLedger;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code catalog://sync/sources}: how fresh the catalog is, per configured source (last full sync and what it cost,
 * last webhook, queue depth, failures), and the newest webhook deliveries with their outcome, as JSON.
 */
public final class SyncStateResource {

    public static final String URI = "catalog://sync/sources";
    private static final int DELIVERIES = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SyncLedger ledger;

    public SyncStateResource(CatalogGraph graph) {
        this.ledger = new SyncLedger(graph.database());
    }

    public SyncResourceSpecification specification() {
        McpSchema.Resource resource = McpSchema.Resource.builder()
                .uri(URI)
                .name("sync-state")
                .description("How fresh the catalog is per source: last full sync, last webhook, queue depth, failures; "
                        + "and the newest webhook deliveries.")
                .mimeType("application/json")
                .build();
        return new SyncResourceSpecification(resource, (exchange, request) -> read());
    }

    public ReadResourceResult read() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", ledger.status());
        body.put("deliveries", ledger.deliveries(null, DELIVERIES));
        return new ReadResourceResult(List.of(new TextResourceContents(URI, "application/json",
                JSON.writeValueAsString(body))));
    }
}
