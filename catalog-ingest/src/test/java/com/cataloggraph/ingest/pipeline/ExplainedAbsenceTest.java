package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.model.explain.Explanation;
import com.cataloggraph.model.explain.Explanations;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the catalog cannot answer well about an entity, it says why, citing file and line. */
class ExplainedAbsenceTest {

    private static final Path MALFORMED = SampleCatalog.root().getParent().resolve("malformed");

    @TempDir
    Path temp;

    private final IngestTesting ingest = new IngestTesting();
    private final Explanations explanations = new Explanations(ingest.graph().database());

    @Test
    void aPlaceholderNamesTheLineThatPointsAtIt() {
        ingest.ingest(SampleCatalog.root());

        Explanation explanation = explain("component:default/traffic-feed");

        assertThat(explanation.referencedBy()).singleElement().satisfies(referrer -> {
            assertThat(referrer.ref()).isEqualTo("component:default/route-planner");
            assertThat(referrer.relation()).isEqualTo("dependsOn");
            assertThat(referrer.site().text()).isEqualTo("route-planner/catalog-info.yaml:19:spec.dependsOn[0]");
        });
        assertThat(explanation.sentences(Instant.now())).containsExactly("No file defines it; it exists because "
                + "route-planner/catalog-info.yaml:19 (component:default/route-planner spec.dependsOn[0]) points at it.");
    }

    @Test
    void anEntityWhoseDocumentIsRejectedShowsItsLastGoodVersionTheLineAndTheRule() {
        CatalogFolder catalog = CatalogFolder.copyOf(SampleCatalog.root(), temp.resolve("sample"));
        ingest.ingest(catalog.root());
        String lastGood = (String) ingest.probe().properties("component:default/payments-service").get("updatedAt");
        catalog.replaceFirst("payments-service/catalog-info.yaml", "  lifecycle: production",
                "  lifecycle: [production]");

        ingest.ingest(catalog.root());

        Explanation explanation = explain("component:default/payments-service");
        assertThat(explanation.rejected()).isNotNull();
        assertThat(explanation.rejected().status()).isEqualTo("PARTIAL");
        assertThat(explanation.rejected().lastGoodAt()).isEqualTo(lastGood);
        assertThat(explanation.rejected().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.citation()).isEqualTo("payments-service/catalog-info.yaml:21");
            assertThat(problem.rule()).isEqualTo("field-type");
            assertThat(problem.field()).isEqualTo("spec.lifecycle");
        });
        assertThat(explanation.sentences(Instant.parse(lastGood).plusSeconds(3 * 86_400)).getFirst())
                .startsWith("Its descriptor payments-service/catalog-info.yaml is rejected now: "
                        + "payments-service/catalog-info.yaml:21 [field-type] spec.lifecycle")
                .endsWith("Shown is its last good version, read " + lastGood + " (3 days ago).");
        assertThat(ingest.probe().properties("component:default/payments-service"))
                .containsEntry("lifecycle", "production");
        assertThat(explain("component:default/payments-reconciler").isEmpty()).isTrue();
    }

    @Test
    void aRefTwoFilesDefineNamesTheSkippedDefinition() {
        CatalogFolder catalog = CatalogFolder.empty(temp.resolve("repos"));
        for (String repository : List.of("duplicate-ref-a", "duplicate-ref-b")) {
            CatalogFolder.copyOf(MALFORMED.resolve(repository), catalog.path(repository));
        }
        ingest.ingest(catalog.root());

        Explanation explanation = explain("component:default/pricing-engine");

        assertThat(explanation.alsoClaimedBy()).extracting(Explanation.Claim::citation)
                .containsExactly("duplicate-ref-b/catalog-info.yaml:6");
        assertThat(explanation.sentences(Instant.now())).containsExactly("Also defined by "
                + "duplicate-ref-b/catalog-info.yaml:6; skipped there, since the first definition of a ref keeps it.");
    }

    @Test
    void anOrphanSaysSinceWhenAndWhichRunFoundItsFileGone() {
        CatalogFolder catalog = CatalogFolder.copyOf(SampleCatalog.root(), temp.resolve("sample"));
        ingest.ingest(catalog.root());
        catalog.delete("money-lib");

        IngestReport second = ingest.ingest(catalog.root());

        Explanation explanation = explain("component:default/money-lib");
        assertThat(explanation.orphaned()).isEqualTo(new Explanation.Orphaning(second.startedAt(), second.runId(),
                "money-lib/catalog-info.yaml"));
        assertThat(explanation.sentences(Instant.parse(second.startedAt()))).containsExactly("Orphan since "
                + second.startedAt() + " (just now), run " + second.runId() + ": its descriptor "
                + "money-lib/catalog-info.yaml no longer defines it.");
    }

    @Test
    void anEntityDefinedOnceAndReadCleanlyHasNothingToExplain() {
        ingest.ingest(SampleCatalog.root());

        assertThat(explain("component:default/payments-service").isEmpty()).isTrue();
    }

    private Explanation explain(String ref) {
        return explanations.explain(ref).orElseThrow();
    }
}
