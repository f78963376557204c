package com.cataloggraph.agentsmd.catalog;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;

/** The shared test Neo4j, cleaned and loaded with graph-model's sample company. */
public final class SampleCatalog {

    private SampleCatalog() {
    }

    /** Cleans the database and writes the sample company. */
    public static CatalogGraph load() {
        TestNeo4j.get().clean();
        CatalogGraph graph = graph();
        SampleGraph.build().writeTo(graph.writer());
        return graph;
    }

    /** The catalog over the shared test database, without touching its content. */
    public static CatalogGraph graph() {
        return CatalogGraph.over(TestNeo4j.get().database());
    }
}
