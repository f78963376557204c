package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.CompletionQueries;
import com.cataloggraph.model.query.ReadOnlyCypher;
import com.cataloggraph.model.query.RelationGroupQueries;
import com.cataloggraph.mcp.server.McpSettings;

/**
 * What the tools read from: the catalog's shared queries, built once per server.
 *
 * @param graph          the shared entity, traversal, ownership and status queries
 * @param relationGroups bounded neighbourhoods (team, system, API, user views)
 * @param completion     ref parts for resource completion
 * @param cypher         read-only Cypher for query_graph
 * @param resolver       loose names to entities, with correctable errors
 * @param freshness      the last ingest time every answer states
 * @param settings       bounds and timeouts
 */
public record ToolContext(CatalogGraph graph, RelationGroupQueries relationGroups, CompletionQueries completion, ReadOnlyCypher cypher, EntityResolver resolver,
                          Freshness freshness, McpSettings settings) {

    public static ToolContext over(CatalogGraph graph, McpSettings settings) {
        return new ToolContext(graph, new RelationGroupQueries(graph.database()), new CompletionQueries(graph.database()),
                new ReadOnlyCypher(graph.database()), new EntityResolver(graph.entities()),
                new Freshness(graph.status()), settings);
    }

    /** The most items any list in an answer holds. */
    public int maxItems() {
        return settings.maxItems();
    }
}
