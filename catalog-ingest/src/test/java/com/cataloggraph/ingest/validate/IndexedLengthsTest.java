package com.cataloggraph.ingest.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20 item 6: one value longer than an index holds fails its document, not the run. */
@Tag("security")
class IndexedLengthsTest {

    private static final String SERVICE = "shipment-service/catalog-info.yaml";
    private static final String PRINTER = "label-printer/catalog-info.yaml";

    @TempDir
    Path temp;

    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder lumen;

    @BeforeEach
    void ingestTheWorkingCatalog() {
        ingest = new IngestTesting();
        graph = ingest.probe();
        lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        ingest.ingest(lumen.root());
    }

    @Test
    void aSpecTypeOf9000CharactersFailsItsDocumentWhileAChangeInAnotherRepositoryIsApplied() {
        Map<String, Object> before = graph.properties("component:default/shipment-service");
        lumen.replace(SERVICE, "  type: service\n", "  type: " + "x".repeat(9_000) + "\n");
        lumen.replace(PRINTER, "description: Renders carrier labels as PDF and ZPL", "description: Renders labels");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.VALUE_TOO_LONG, SERVICE, 1, 14,
                "spec.type", "x".repeat(9_000), "spec.type is 9,000 bytes long (UTF-8); at most 8,152 fit in the "
                        + "catalog's index (kind and type share one index entry of 8,161 bytes)"));
        assertThat(graph.properties("component:default/label-printer")).containsEntry("description", "Renders labels");
        assertThat(graph.properties("component:default/shipment-service")).isEqualTo(before);
    }

    @Test
    void aRefOver8KbInARelationFailsItsDocumentAndNoPlaceholderIsWritten() {
        String owner = "team-" + "a".repeat(8_200);
        lumen.replace(SERVICE, "  owner: shipping-team\n  system: shipping\n  providesApis",
                "  owner: " + owner + "\n  system: shipping\n  providesApis");
        lumen.replace(PRINTER, "description: Renders carrier labels as PDF and ZPL", "description: Renders labels");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(Rule.VALUE_TOO_LONG);
            assertThat(problem.file()).isEqualTo(SERVICE);
            assertThat(problem.line()).isEqualTo(16);
            assertThat(problem.field()).isEqualTo("spec.owner");
            assertThat(problem.message()).isEqualTo("spec.owner (as the ref \"group:default/team-" + "a".repeat(21)
                    + "...\") is 8,219 bytes long (UTF-8); at most 8,164 fit in the catalog's index");
        });
        assertThat(graph.refs("n.ref STARTS WITH 'group:default/team-'")).isEmpty();
        assertThat(graph.properties("component:default/label-printer")).containsEntry("description", "Renders labels");
    }
}
