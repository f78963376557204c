package com.cataloggraph.model.testing;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.store.CatalogWriter;
import com.cataloggraph.model.store.IngestRunLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphDigestTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogWriter writer = new CatalogWriter(neo4j.database(), 3);

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @Test
    void theSameCatalogWrittenInReverseOrderThroughPlaceholdersDigestsTheSame() {
        TestCatalog catalog = SampleGraph.build();
        writer.writeAll(catalog.entities(), catalog.relations());
        GraphDigest forward = GraphDigest.of(neo4j.database());

        neo4j.clean();
        List<CatalogEntity> reversed = new ArrayList<>(catalog.entities());
        java.util.Collections.reverse(reversed);
        writer.writeAll(reversed, catalog.relations());
        GraphDigest backward = GraphDigest.of(neo4j.database());

        assertThat(backward.sha256()).as(backward.differences(forward, 10)).isEqualTo(forward.sha256());
        assertThat(forward.nodes()).isEqualTo(14);
        assertThat(forward.relationships()).isEqualTo(22);
    }

    @Test
    void writeTimesAndTheRunHistoryAreLeftOut() {
        TestCatalog catalog = SampleGraph.build();
        catalog.writeTo(writer);
        GraphDigest before = GraphDigest.of(neo4j.database());

        catalog.writeTo(writer);
        IngestRunLog runs = new IngestRunLog(neo4j.database());
        runs.start("run-1", Instant.parse("2026-01-01T00:00:00Z"), "dir:/repos");
        GraphDigest after = GraphDigest.of(neo4j.database());

        assertThat(after.sha256()).isEqualTo(before.sha256());
        assertThat(GraphDigest.of(neo4j.database(), java.util.Set.of(), java.util.Set.of("updatedAt")).nodes())
                .isEqualTo(15);
    }

    @Test
    void aChangedPropertyChangesTheDigestAndTheDifferenceNamesIt() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/orders").type("service").description("Takes orders")
                .relate(OWNED_BY, "group:default/sales");
        catalog.writeTo(writer);
        GraphDigest before = GraphDigest.of(neo4j.database());

        TestCatalog changed = new TestCatalog();
        changed.add("component:default/orders").type("service").description("Takes and ships orders")
                .relate(OWNED_BY, "group:default/sales");
        changed.writeTo(writer);
        GraphDigest after = GraphDigest.of(neo4j.database());

        assertThat(after.sha256()).isNotEqualTo(before.sha256());
        assertThat(after.differences(before, 10)).startsWith("2 differing lines (- this, + other):\n")
                .contains("- (:Component:Entity {annotations: [], apiVersion: \"backstage.io/v1alpha1\", "
                        + "description: \"Takes and ships orders\", kind: \"Component\"")
                .contains("+ (:Component:Entity {annotations: [], apiVersion: \"backstage.io/v1alpha1\", "
                        + "description: \"Takes orders\", kind: \"Component\"");
    }

    @Test
    void aRelationshipMovedToAnotherTargetChangesTheDigest() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/orders").relate(DEPENDS_ON, "resource:default/orders-db");
        catalog.add("resource:default/orders-db");
        catalog.add("resource:default/billing-db");
        catalog.writeTo(writer);
        GraphDigest before = GraphDigest.of(neo4j.database());

        CatalogEntity orders = catalog.entities().getFirst();
        writer.write(List.of(orders), List.of(new Relation(orders.ref(), DEPENDS_ON,
                com.cataloggraph.model.ref.EntityRef.parse("resource:default/billing-db"), orders.ref())));
        GraphDigest after = GraphDigest.of(neo4j.database());

        assertThat(after.nodes()).isEqualTo(before.nodes()).isEqualTo(3);
        assertThat(after.differences(before, 10)).isEqualTo("""
                2 differing lines (- this, + other):
                - (:Component:Entity ref="component:default/orders")-[:DEPENDS_ON {declaredAt: [""], declaredBy: \
                ["component:default/orders"]}]->(:Entity:Resource ref="resource:default/billing-db")
                + (:Component:Entity ref="component:default/orders")-[:DEPENDS_ON {declaredAt: [""], declaredBy: \
                ["component:default/orders"]}]->(:Entity:Resource ref="resource:default/orders-db")""");
    }

    @Test
    void valuesKeepTheirTypesSoATextOneIsNotTheNumberOne() {
        neo4j.database().writeStatement("CREATE (:Probe {key: 'a', value: '1'})", Map.of());
        GraphDigest text = GraphDigest.of(neo4j.database());
        neo4j.clean();
        neo4j.database().writeStatement("CREATE (:Probe {key: 'a', value: 1})", Map.of());
        GraphDigest number = GraphDigest.of(neo4j.database());

        assertThat(text.lines()).containsExactly("(:Probe {key: \"a\", value: \"1\"})");
        assertThat(number.lines()).containsExactly("(:Probe {key: \"a\", value: 1})");
        assertThat(text.sha256()).isNotEqualTo(number.sha256());
    }
}
