package com.cataloggraph.app.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogTools;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history through the existing tools' arguments: {@code get_entity} with {@code since} (what changed
 * around it, from which file line and run) and {@code asOf} (who owned it then), {@code list_entities}
 * with {@code changedSince} (what changed in the catalog, or under a team).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryOverMcpTest {

    private static final String FILE = "payments-service/catalog-info.yaml";

    @TempDir
    static Path temp;

    private ToolContext context;
    private List<CatalogTool<?>> tools;
    private IngestReport first;
    private IngestReport second;

    @BeforeAll
    void ingestTwoVersionsOfTheSampleCatalog() throws IOException {
        Path catalog = SampleCatalog.copyTo(temp.resolve("sample"));
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().clean().database());
        CatalogIngester ingester = new CatalogIngester(graph, IngestProperties.defaults());
        first = ingest(ingester, catalog);
        Path payments = catalog.resolve(FILE);
        Files.writeString(payments, Files.readString(payments).replaceFirst("  owner: payments-team",
                "  owner: checkout-team").replaceFirst("    - resource:payments-db\n",
                "    - resource:payments-db\n    - resource:checkout-db\n"));
        second = ingest(ingester, catalog);
        context = ToolContext.over(graph, McpSettings.DEFAULTS);
        tools = CatalogTools.all(context);
    }

    @Test
    void getEntitySinceShowsTheChangedOwnerWithBothValuesTheRunAndTheLine() {
        String answer = text(call("get_entity", Map.of("entity", "payments-service", "since", second.startedAt())));

        assertThat(answer).contains("changes, newest first:\n- " + second.startedAt() + " run " + second.runId()
                + ": component:default/payments-service modified; spec.dependsOn [\"component:ledger-service\","
                + "\"component:money-lib\",\"resource:payments-db\"] → [\"component:ledger-service\","
                + "\"component:money-lib\",\"resource:payments-db\",\"resource:checkout-db\"]; spec.owner payments-team"
                + " → checkout-team; +dependsOn component:default/payments-service → resource:default/checkout-db @"
                + FILE + ":33; +ownedBy component:default/payments-service → group:default/checkout-team @" + FILE
                + ":22; -ownedBy component:default/payments-service → group:default/payments-team @" + FILE + ":22");
    }

    @Test
    void getEntityAsOfABeforeTheChangeNamesTheOwnerThen() {
        String answer = text(call("get_entity", Map.of("entity", "payments-service", "asOf", first.finishedAt())));

        assertThat(answer).contains("as of " + first.finishedAt() + ": owned by group:default/payments-team (after: "
                + "added in run " + first.runId() + " at " + first.startedAt() + ")");
    }

    @Test
    void listEntitiesChangedSinceNarrowsToATeamsEntities() {
        Map<String, Object> since = Map.of("changedSince", second.startedAt(), "owner", "payments-team");

        String answer = text(call("list_entities", since));

        assertThat(answer).startsWith("1 changes, newest first:\n- " + second.startedAt() + " run " + second.runId()
                + ": component:default/payments-service modified");
        assertThat(text(call("list_entities", Map.of("changedSince", second.startedAt(), "owner", "sre-team"))))
                .startsWith("No change recorded in that period.");
    }

    @Test
    void aTimeThatIsNoTimeIsAReadableToolError() {
        CallToolResult result = call("get_entity", Map.of("entity", "payments-service", "since", "last tuesday"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("Invalid since: \"last tuesday\" is not a time: expected an ISO-8601 "
                + "instant (2026-03-01T10:00:00Z), a date (2026-03-01) or an age (7d, 24h, 30m, P7D).");
    }

    private CallToolResult call(String name, Map<String, Object> arguments) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow()
                .call(arguments, context.freshness());
    }

    private static IngestReport ingest(CatalogIngester ingester, Path catalog) throws IOException {
        return ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(catalog)), OrphanStrategy.KEEP, false));
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .findFirst().orElseThrow();
    }
}
