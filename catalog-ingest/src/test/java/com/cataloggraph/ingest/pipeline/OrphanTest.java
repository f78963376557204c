package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.report.RemovalGuard;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrphanTest {

    @TempDir
    Path temp;

    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder lumen;

    @BeforeEach
    void ingestTheCatalog() {
        ingest = new IngestTesting();
        graph = ingest.probe();
        lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        ingest.ingest(lumen.root());
    }

    @Test
    void anEntityWhoseFileDisappearedBecomesAnOrphanAndIsKept() {
        lumen.delete("label-printer");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.orphaned()).containsExactly("component:default/label-printer");
        assertThat(report.removalGuard()).isEqualTo(new RemovalGuard(1, 20, 0.05, 0.2, false));
        assertThat(graph.properties("component:default/label-printer")).containsEntry("orphan", true)
                .containsEntry("missing", false);
        assertThat(graph.relationships()).contains("component:default/label-printer OWNED_BY user:default/ada");
    }

    @Test
    void aDocumentRemovedFromAFileOrphansOnlyThatEntity() {
        String file = lumen.read("shipment-service/catalog-info.yaml");
        lumen.write("shipment-service/catalog-info.yaml", file.substring(0, file.lastIndexOf("---")));

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.orphaned()).containsExactly("resource:default/shipments-db");
        assertThat(graph.refs("n.orphan = true")).containsExactly("resource:default/shipments-db");
    }

    @Test
    void deleteModeRemovesTheEntityAndAnEarlierOrphan() {
        lumen.delete("label-printer");
        ingest.ingest(lumen.root());
        lumen.delete("tracking-web");

        IngestReport report = ingest.ingest(lumen.root(), OrphanStrategy.DELETE, false);

        assertThat(report.deleted()).containsExactlyInAnyOrder("component:default/tracking-web",
                "component:default/label-printer");
        assertThat(graph.refs("n.name = 'tracking-web'")).isEmpty();
        assertThat(graph.properties("component:default/label-printer")).containsEntry("missing", true)
                .doesNotContainKey("sourceFile");
    }

    @Test
    void anOrphanWhoseFileReturnsIsNoLongerAnOrphan() {
        String printer = lumen.read("label-printer/catalog-info.yaml");
        lumen.delete("label-printer");
        ingest.ingest(lumen.root());
        lumen.write("label-printer/catalog-info.yaml", printer);

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.counts().entitiesWritten()).isEqualTo(1);
        assertThat(graph.refs("n.orphan = true")).isEmpty();
    }

    @Test
    void theRemovalGuardRefusesToOrphanMoreThanItsShareUntilForced() {
        lumen.delete("org");

        IngestReport refused = ingest.ingest(lumen.root());
        IngestReport stillRefused = ingest.ingest(lumen.root());

        assertThat(refused.status()).isEqualTo("failed");
        assertThat(refused.removalGuard()).isEqualTo(new RemovalGuard(12, 20, 0.6, 0.2, true));
        assertThat(refused.orphaned()).isEmpty();
        assertThat(refused.errors()).containsExactly(IngestProblem.error(Rule.REMOVAL_GUARD, null, null, null, null,
                null, "refused to orphan 12 of 20 entities (60%), above the limit of 20% "
                        + "(catalog.ingest.max-removal-share); if they really are gone, run again with --force"));
        assertThat(graph.refs("n.orphan = true")).isEmpty();
        assertThat(stillRefused.removalGuard().refused()).isTrue();

        IngestReport forced = ingest.ingest(lumen.root(), OrphanStrategy.KEEP, true);

        assertThat(forced.status()).isEqualTo("succeeded");
        assertThat(forced.orphaned()).hasSize(12);
        assertThat(graph.refs("n.orphan = true")).hasSize(12);
    }

    @Test
    void aSourceThatCannotBeReadLeavesItsEntitiesAlone() {
        DescriptorSource source = ingest.source(lumen.root());
        lumen.delete("");

        IngestReport report = ingest.ingest(source);

        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(Rule.SOURCE_UNAVAILABLE);
            assertThat(problem.message()).isEqualTo("repositories in " + lumen.root() + " could not be read ("
                    + lumen.root() + " is not a readable folder); the entities it defined before are left as they were");
        });
        assertThat(graph.refs("n.orphan = true")).isEmpty();
        assertThat(graph.refs("n.missing = false")).hasSize(20);
    }

    @Test
    void entitiesOfAnotherSourceAreNeverOrphanedByThisOne() {
        CatalogFolder other = CatalogFolder.empty(temp.resolve("other")).write("billing/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata: {name: billing}
                spec: {type: service, lifecycle: production, owner: platform}
                """);
        ingest.ingest(other.root());

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.orphaned()).isEmpty();
        assertThat(graph.properties("component:default/billing")).containsEntry("orphan", false);
        assertThat(List.of(report.counts().files())).containsExactly(14L);
    }
}
