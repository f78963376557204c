package com.cataloggraph.mcp.resource;

import com.cataloggraph.mcp.tool.FileIssue;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.query.IngestRunRecord;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@value #URI}: what the last ingest could not use. The last run (when, how it ended, its counts)
 * and every descriptor file that failed or was used only in part, each problem at its
 * file:line: field with its rule, and the refs the catalog kept from the file.
 */
public final class IngestProblemsResource {

    public static final String URI = "catalog://ingest/problems";

    /** The most files listed; {@code total} says how many there are. */
    static final int MAX_FILES = 200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ToolContext context;

    public IngestProblemsResource(ToolContext context) {
        this.context = context;
    }

    public CatalogResource definition() {
        Resource resource = Resource.builder().uri(URI).name("ingest-problems").title("Last ingest's problems")
                .description("Descriptor files the last ingest failed on or used in part, with file:line, field, "
                        + "rule and what the catalog kept; and the last run's status.")
                .mimeType("application/json").build();
        return CatalogResource.fixed(resource, uri -> read());
    }

    private ReadResourceResult read() {
        Map<String, Object> body = new LinkedHashMap<>();
        List<IngestRunRecord> runs = context.graph().status().runs(1);
        body.put("lastRun", runs.isEmpty() ? null : runs.getFirst());
        body.put("total", context.problems().countFiles(null));
        body.put("files", FileIssue.of(context.problems().files(null, MAX_FILES, null).items()));
        body.put("lastIngestAt", context.freshness().lastIngestAt());
        return new ReadResourceResult(List.of(new TextResourceContents(URI, "application/json",
                JSON.writeValueAsString(body))));
    }
}
