package com.cataloggraph.mcp.tool;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.explain.Explanations;
import com.cataloggraph.model.history.HistoryQueries;
import com.cataloggraph.model.query.CompletionQueries;
import com.cataloggraph.model.query.IngestProblemQueries;
import com.cataloggraph.model.query.ReadOnlyCypher;
import com.cataloggraph.model.query.RelationGroupQueries;

/**
 * What the tools read from and how they bound their answers. The reads come from the
 * {@link CatalogConnection}: tools are defined (and listed) before the database is open, and a
 * call waits for it.
 */
public final class ToolContext {

    private final CatalogConnection connection;
    private final McpSettings settings;

    public ToolContext(CatalogConnection connection, McpSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    /** Over a database that is open already. */
    public static ToolContext over(CatalogGraph graph, McpSettings settings) {
        return new ToolContext(CatalogConnection.open(graph), settings);
    }

    public CatalogConnection connection() {
        return connection;
    }

    /** The catalog's reads, waiting (up to {@link McpSettings#databaseWait()}) for a database still opening. */
    public CatalogReads reads() {
        return connection.await(settings.databaseWait());
    }

    public CatalogGraph graph() {
        return reads().graph();
    }

    public RelationGroupQueries relationGroups() {
        return reads().relationGroups();
    }

    public CompletionQueries completion() {
        return reads().completion();
    }

    public ReadOnlyCypher cypher() {
        return reads().cypher();
    }

    public IngestProblemQueries problems() {
        return reads().problems();
    }

    public EntityResolver resolver() {
        return reads().resolver();
    }

    public Freshness freshness() {
        return reads().freshness();
    }

    public Explanations explanations() {
        return reads().explanations();
    }

    public HistoryQueries history() {
        return reads().history();
    }

    public McpSettings settings() {
        return settings;
    }

    /** The most items any list in an answer holds. */
    public int maxItems() {
        return settings.maxItems();
    }
}
