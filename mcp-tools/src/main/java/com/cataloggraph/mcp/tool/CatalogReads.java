package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.explain.Explanations;
import com.cataloggraph.model.history.HistoryQueries;
import com.cataloggraph.model.query.CompletionQueries;
import com.cataloggraph.model.query.IngestProblemQueries;
import com.cataloggraph.model.query.ReadOnlyCypher;
import com.cataloggraph.model.query.RelationGroupQueries;

/**
 * What the tools read from once the catalog database is open: the catalog's shared queries,
 * built once per server.
 *
 * @param graph          the shared entity, traversal, ownership and status queries
 * @param relationGroups bounded neighbourhoods (team, system, API, user views)
 * @param completion     ref parts for resource completion, and the types and lifecycles in use
 * @param cypher         read-only Cypher for query_graph
 * @param problems       the files the last ingest could not use, per repository
 * @param resolver       loose names to entities, with correctable errors
 * @param freshness      the last ingest time every answer states
 * @param explanations   why the catalog cannot answer well about an entity
 * @param history        the catalog's recorded changes
 */
public record CatalogReads(CatalogGraph graph, RelationGroupQueries relationGroups, CompletionQueries completion,
                           ReadOnlyCypher cypher, IngestProblemQueries problems, EntityResolver resolver,
                           Freshness freshness, Explanations explanations, HistoryQueries history) {

    public static CatalogReads over(CatalogGraph graph) {
        return new CatalogReads(graph, new RelationGroupQueries(graph.database()),
                new CompletionQueries(graph.database()), new ReadOnlyCypher(graph.database()),
                new IngestProblemQueries(graph.database()), new EntityResolver(graph.entities()),
                new Freshness(graph), new Explanations(graph.database()), new HistoryQueries(graph.database()));
    }
}
