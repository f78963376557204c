package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.model.entity.DeclarationSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every entity knows the file, document and lines it was read from; every relation knows, per entity
 * that declared it, the file, line and field; the line named really holds the fact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineProvenanceTest {

    private static final String DECLARATIONS = """
            MATCH (s:Entity)-[r]->(t:Entity)
            WHERE s.ref = $source AND type(r) = $type AND t.ref = $target
            RETURN r.declaredBy AS by, r.declaredAt AS at
            """;

    private final IngestTesting ingest = new IngestTesting();
    private final GraphProbe graph = ingest.probe();

    @BeforeAll
    void ingestTheSampleCatalog() {
        ingest.ingest(SampleCatalog.root());
    }

    @Test
    void anEntityKnowsItsFileDocumentAndLines() {
        assertThat(graph.properties("component:default/payments-service"))
                .containsEntry("sourceFile", "payments-service/catalog-info.yaml").containsEntry("sourceDocument", 1L)
                .containsEntry("sourceLine", 1L).containsEntry("sourceEndLine", 32L)
                .doesNotContainKeys("sourceCommit", "sourceUrl", "sourceVia");
        assertThat(graph.properties("component:default/payments-reconciler"))
                .containsEntry("sourceDocument", 2L).containsEntry("sourceLine", 35L).containsEntry("sourceEndLine", 50L);
        assertThat(line("payments-service/catalog-info.yaml", 38)).contains("name: payments-reconciler");
    }

    @Test
    void aRelationDeclaredByItsSourceCitesTheLineOfTheRef() {
        assertThat(declarations("component:default/payments-service", "DEPENDS_ON", "resource:default/payments-db"))
                .containsEntry("by", List.of("component:default/payments-service"))
                .containsEntry("at", List.of("payments-service/catalog-info.yaml:32:spec.dependsOn[2]"));
        assertThat(line("payments-service/catalog-info.yaml", 32)).isEqualTo("    - resource:payments-db");
    }

    @Test
    void aRelationDeclaredFromItsTargetCitesTheTargetsFile() {
        assertThat(declarations("component:default/payments-service", "DEPENDS_ON", "resource:default/events-bus"))
                .containsEntry("by", List.of("resource:default/events-bus"))
                .containsEntry("at", List.of("platform-infra/catalog-info.yaml:71:spec.dependencyOf[0]"));
        assertThat(line("platform-infra/catalog-info.yaml", 71)).isEqualTo("    - component:payments-service");
    }

    @Test
    void aPlaceholderIsTracedToTheLineThatPointsAtIt() {
        assertThat(graph.properties("component:default/traffic-feed")).containsEntry("missing", true);
        assertThat(declarations("component:default/route-planner", "DEPENDS_ON", "component:default/traffic-feed"))
                .containsEntry("at", List.of("route-planner/catalog-info.yaml:19:spec.dependsOn[0]"));
        assertThat(line("route-planner/catalog-info.yaml", 19)).isEqualTo("    - component:traffic-feed");
    }

    @Test
    void aFileReadForALocationTargetNamesTheTargetThatLedToIt() {
        assertThat(graph.properties("group:default/payments-team"))
                .containsEntry("sourceFile", "larkspur-org/teams/commerce.yaml")
                .containsEntry("sourceVia", "larkspur-org/catalog-info.yaml:15");
        assertThat(line("larkspur-org/catalog-info.yaml", 15)).isEqualTo("    - ./teams/commerce.yaml");
    }

    /** The held-out check over the whole sample: every cited line names the entity at the relation's other end. */
    @Test
    void everyCitedLineOfTheSampleCatalogHoldsTheRefItDeclares() {
        List<Map<String, Object>> relations = graph.rows("""
                MATCH (s:Entity)-[r]->(t:Entity)
                RETURN s.ref AS source, s.name AS sourceName, t.ref AS target, t.name AS targetName,
                       r.declaredBy AS by, r.declaredAt AS at
                """);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> relation : relations) {
            List<?> by = (List<?>) relation.get("by");
            List<?> at = (List<?>) relation.get("at");
            assertThat(at).as("sites of %s", relation).hasSameSizeAs(by);
            for (int i = 0; i < by.size(); i++) {
                DeclarationSite site = DeclarationSite.parse((String) at.get(i));
                String named = (String) (by.get(i).equals(relation.get("source")) ? relation.get("targetName")
                        : relation.get("sourceName"));
                String text = line(site.file(), site.line());
                checked++;
                if (!text.toLowerCase(Locale.ROOT).contains(named.toLowerCase(Locale.ROOT))) {
                    wrong.add(site.text() + " = \"" + text + "\" does not name " + named);
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    private Map<String, Object> declarations(String source, String type, String target) {
        return graph.single(DECLARATIONS, Map.of("source", source, "type", type, "target", target));
    }

    private static String line(String file, int line) {
        try {
            return Files.readAllLines(SampleCatalog.root().resolve(file), StandardCharsets.UTF_8).get(line - 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
