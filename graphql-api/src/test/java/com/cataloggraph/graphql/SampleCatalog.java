package com.cataloggraph.graphql;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The catalog the API tests read: graph-model's {@link SampleGraph} and two recorded ingest runs.
 * This is the one place to switch to the ingested {@code fixtures/sample-catalog} once it lands:
 * the expected data in the tests is the sample company's.
 */
public final class SampleCatalog {

    private SampleCatalog() {
    }

    /** Empties the shared test database and writes the sample catalog into it. */
    public static void write() {
        TestNeo4j neo4j = TestNeo4j.get().clean();
        CatalogGraph graph = CatalogGraph.over(neo4j.database());
        SampleGraph.build().writeTo(graph.writer());
        Map<String, Long> first = new LinkedHashMap<>();
        first.put("entities", 12L);
        first.put("errors", 1L);
        graph.runs().start("run-1", Instant.parse("2026-11-01T10:00:00Z"), "sample-catalog");
        graph.runs().finish("run-1", Instant.parse("2026-11-01T10:00:04Z"), "failed", first);
        graph.runs().start("run-2", Instant.parse("2026-11-02T10:00:00Z"), "sample-catalog");
        graph.runs().finish("run-2", Instant.parse("2026-11-02T10:00:05Z"), "succeeded",
                Map.of("entities", 13L));
    }
}
