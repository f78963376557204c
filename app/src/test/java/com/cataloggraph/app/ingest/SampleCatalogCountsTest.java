package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.IngestReportJson;
import com.cataloggraph.model.query.ReadOnlyCypher;
import com.cataloggraph.model.testing.TestNeo4j;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * Issue 19: one relation count everywhere. The sample catalog's is the number of stored
 * relationships (one per relation pair), and the ingest summary, the report JSON, GraphQL's
 * {@code relationCount}, a Cypher count and {@code CATALOG.md} all say it.
 */
class SampleCatalogCountsTest {

    private static final Pattern CATALOG_MD_RELATIONS = Pattern.compile("\\| \\*\\*relations\\*\\* \\| \\*\\*(\\d+)\\*\\* \\|");

    @Test
    void theIngestSummaryTheReportGraphQlCypherAndCatalogMdGiveTheSameRelationCount() throws Exception {
        TestNeo4j.get().clean();
        try (ConfigurableApplicationContext app = CatalogRuntime.start("ingest", false, Map.of(
                "catalog.neo4j.uri", TestNeo4j.get().boltUri().toString(), "catalog.neo4j.password", ""))) {
            CatalogIngester ingester = app.getBean(CatalogIngester.class);
            IngestReport report = ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(SampleCatalog.root())),
                    OrphanStrategy.KEEP, false));

            long stored = (Long) app.getBean(ReadOnlyCypher.class).run(
                    "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n", Map.of(), 1, java.time.Duration.ofMinutes(1))
                    .rows().getFirst().get("n");
            ExecutionGraphQlResponse graphQl = app.getBean(ExecutionGraphQlService.class).execute(
                    new DefaultExecutionGraphQlRequest("{ catalogStats { relationCount } }", null, null, null, "1",
                            null)).block();
            Matcher catalogMd = CATALOG_MD_RELATIONS.matcher(Files.readString(SampleCatalog.root().resolve("CATALOG.md")));

            assertThat(catalogMd.find()).isTrue();
            assertThat(stored).isEqualTo(Long.parseLong(catalogMd.group(1))).isEqualTo(153);
            assertThat(report.summary()).contains(": 72 entities (72 written), 153 relations;");
            assertThat(IngestReportJson.toJson(report)).contains("\"relations\" : 153");
            Integer relationCount = graphQl.field("catalogStats.relationCount").getValue();
            assertThat(relationCount).isEqualTo(153);
        }
    }
}
