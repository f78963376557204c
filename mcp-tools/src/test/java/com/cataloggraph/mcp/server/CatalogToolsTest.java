package com.cataloggraph.mcp.server;

import com.cataloggraph.mcp.McpSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.mcp.entity.GetEntityTool;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogToolsTest {

    private final ToolContext context = ToolContext.over(CatalogGraph.over(TestNeo4j.get().database()),
            McpSettings.DEFAULTS);

    @Test
    void registersThirteenToolsUnderDistinctNames() {
        List<CatalogTool<?>> tools = CatalogTools.all(context);

        assertThat(CatalogTools.checked(tools)).hasSize(13);
        assertThat(tools).extracting(CatalogTool::name).doesNotHaveDuplicates();
    }

    @Test
    void refusesToStartWithTwoToolsOfTheSameName() {
        List<CatalogTool<?>> tools = new ArrayList<>(CatalogTools.all(context));
        tools.add(new GetEntityTool(context));

        assertThatThrownBy(() -> CatalogTools.checked(tools))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two MCP tools are named get_entity; every tool needs its own name");
    }

    @Test
    void settingsRejectBoundsThatWouldFloodOrStarveAnAnswer() {
        assertThatThrownBy(() -> new McpSettings(0, 50, java.time.Duration.ofSeconds(1), 20_000, List.of(),
                McpSettings.DEFAULT_DATABASE_WAIT, null))
                .hasMessage("catalog.mcp.max-items must be 1..1000, was 0");
        assertThatThrownBy(() -> new McpSettings(50, 50, java.time.Duration.ZERO, 20_000, List.of(),
                McpSettings.DEFAULT_DATABASE_WAIT, null))
                .hasMessage("catalog.mcp.query-timeout must be positive, was PT0S");
    }
}
