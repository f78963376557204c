package com.cataloggraph.mcp.resource;

import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.sync.SyncLedger;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@value #URI}: how fresh the catalog is, per configured source (last full sync and what it cost,
 * last webhook, queue depth, failures), and the newest webhook deliveries with their outcome, as JSON.
 */
public final class SyncStateResource {

    public static final String URI = "catalog://sync/sources";
    private static final int DELIVERIES = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolContext context;

    public SyncStateResource(ToolContext context) {
        this.context = context;
    }

    public CatalogResource definition() {
        Resource resource = Resource.builder().uri(URI).name("sync-state").title("Sync state per source")
                .description("How fresh the catalog is per source: last full sync, last webhook, queue depth, failures; "
                        + "and the newest webhook deliveries.")
                .mimeType("application/json").build();
        return CatalogResource.fixed(resource, uri -> read());
    }

    private ReadResourceResult read() {
        SyncLedger ledger = new SyncLedger(context.graph().database());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sources", ledger.status());
        body.put("deliveries", ledger.deliveries(null, DELIVERIES));
        return new ReadResourceResult(List.of(new TextResourceContents(URI, "application/json",
                JSON.writeValueAsString(body))));
    }
}
