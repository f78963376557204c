package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.model.query.RepositoryLocator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "A broken descriptor never deletes a working service from the graph." */
class BrokenDescriptorTest {

    private static final String SERVICE = "shipment-service/catalog-info.yaml";

    @TempDir
    Path temp;

    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder lumen;
    private List<String> relationshipsBefore;

    @BeforeEach
    void ingestTheWorkingCatalog() {
        ingest = new IngestTesting();
        graph = ingest.probe();
        lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        ingest.ingest(lumen.root());
        relationshipsBefore = graph.relationships();
    }

    @Test
    void aYamlErrorKeepsEveryEntityOfTheFileAsItWasNotOrphaned() {
        Map<String, Object> before = graph.properties("component:default/shipment-service");
        lumen.replace(SERVICE, "description: Books shipments and hands them to carriers",
                "description: \"Books shipments (now with a broken quote");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.counts().failed()).isEqualTo(1);
        assertThat(report.counts().orphaned()).isZero();
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(Rule.YAML_SYNTAX);
            assertThat(problem.file()).isEqualTo(SERVICE);
            assertThat(problem.line()).isEqualTo(23);
            assertThat(problem.message()).isEqualTo("YAML syntax error: while scanning a quoted scalar started on "
                    + "line 6: found unexpected document separator (column 1)");
        });
        assertThat(graph.properties("component:default/shipment-service")).isEqualTo(before);
        assertThat(graph.refs("n.orphan = true")).isEmpty();
        assertThat(graph.relationships()).isEqualTo(relationshipsBefore);
    }

    @Test
    void anEnvelopeErrorInOneDocumentAppliesNoneOfTheFilesChanges() {
        lumen.replace(SERVICE, "title: Shipment Service", "title: Shipment Service v2");
        lumen.replace(SERVICE, "kind: Resource\n", "");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.ENVELOPE, SERVICE, 3, 37, "kind", null,
                "kind is required"));
        assertThat(graph.properties("component:default/shipment-service")).containsEntry("title", "Shipment Service");
        assertThat(graph.properties("resource:default/shipments-db")).containsEntry("orphan", false);
    }

    @Test
    void aFailingEntityKeepsItsPreviousVersionWhileTheFilesOtherEntitiesUpdate() {
        Map<String, Object> apiBefore = graph.properties("api:default/shipment-api");
        lumen.replace(SERVICE, "title: Shipment Service", "title: Shipment Service v2");
        lumen.replace(SERVICE, "  owner: shipping-team\n  system: shipping\n  definition:",
                "  system: shipping\n  definition:");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.REQUIRED_FIELD, SERVICE, 2, 29,
                "spec.owner", null, "spec.owner is required for kind API"));
        assertThat(report.counts().entitiesWritten()).isEqualTo(2);
        assertThat(graph.properties("component:default/shipment-service")).containsEntry("title",
                "Shipment Service v2");
        assertThat(graph.properties("api:default/shipment-api")).isEqualTo(apiBefore);
        assertThat(graph.relationships()).contains("api:default/shipment-api OWNED_BY group:default/shipping-team");
    }

    @Test
    void anEntityWhoseNameBreaksIsNotOrphanedWhileItsFileHasErrors() {
        lumen.replace(SERVICE, "name: shipments-db", "name: shipments db");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).extracting(IngestProblem::rule, IngestProblem::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.NAME_FORMAT, "shipments db"));
        assertThat(report.counts().orphaned()).isZero();
        assertThat(graph.properties("resource:default/shipments-db")).containsEntry("orphan", false)
                .containsEntry("missing", false);
    }

    @Test
    void onceTheFileIsFixedItIsReadAgainAndItsErrorsAreGone() {
        String original = lumen.read(SERVICE);
        lumen.write(SERVICE, original.replace("kind: API", "kind: [API"));
        assertThat(ingest.ingest(lumen.root()).errors()).hasSize(1);

        lumen.write(SERVICE, original.replace("Books shipments", "Books and tracks shipments"));
        IngestReport fixed = ingest.ingest(lumen.root());

        assertThat(fixed.errors()).isEmpty();
        assertThat(fixed.counts().parsed()).isEqualTo(1);
        assertThat(graph.properties("component:default/shipment-service")).containsEntry("description",
                "Books and tracks shipments and hands them to carriers");
    }

    /** Its descriptor file is all the catalog has of it; the file is stored under the repository's name key. */
    @Test
    void aRepositoryWhoseOnlyDescriptorFailsIsFoundByAnySpellingOfItsName() {
        lumen.write("Parcel-Locker/catalog-info.yaml", "kind: [Component\n");

        assertThat(ingest.ingest(lumen.root()).counts().failed()).isEqualTo(1);

        assertThat(ingest.graph().repositories().find(RepositoryLocator.parse("git@git.example.com:lumen/parcel-locker.git")))
                .singleElement().satisfies(match -> {
                    assertThat(match.repository()).isEqualTo("Parcel-Locker");
                    assertThat(match.entities()).isEmpty();
                });
        assertThat(graph.properties("component:default/shipment-service")).containsEntry("repositoryName",
                "shipment-service");
    }

    @Test
    void aFileLargerThanTheLimitIsRejectedUnreadAndKeepsItsEntities() {
        IngestTesting small = new IngestTesting(com.cataloggraph.ingest.config.IngestProperties.defaults()
                .withMaxFileSize(org.springframework.util.unit.DataSize.ofBytes(2000)));
        small.ingest(lumen.root());
        lumen.write(SERVICE, lumen.read(SERVICE) + "#" + "x".repeat(3000) + "\n");

        IngestReport report = small.ingest(lumen.root());

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo(Rule.FILE_TOO_LARGE);
            assertThat(problem.message()).isEqualTo("the file is %,d bytes, above the limit of 2,000 "
                    .formatted(java.nio.file.Files.size(lumen.path(SERVICE)))
                    + "(catalog.ingest.max-file-size); it was not read");
        });
        assertThat(small.probe().properties("component:default/shipment-service")).containsEntry("orphan", false);
    }
}
