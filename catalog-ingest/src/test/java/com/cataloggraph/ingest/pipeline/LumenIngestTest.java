package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.report.IngestCounts;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.Sha256;
import com.cataloggraph.ingest.state.DanglingRef;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.model.query.IngestRunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LumenIngestTest {

    @TempDir
    Path temp;

    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder lumen;

    @BeforeEach
    void setUp() {
        ingest = new IngestTesting();
        graph = ingest.probe();
        lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
    }

    @Test
    void ingestsEveryEntityOfAFolderOfCheckoutsFollowingTheOrgRepositorysLocations() {
        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.status()).isEqualTo("succeeded");
        assertThat(report.counts()).isEqualTo(new IngestCounts(14, 14, 0, 0, 20, 20, 37, 0, 0, 0, 0, 0, 1));
        assertThat(report.entitiesByKind()).containsExactly(Map.entry("API", 2L), Map.entry("Component", 4L),
                Map.entry("Domain", 1L), Map.entry("Group", 4L), Map.entry("Location", 2L), Map.entry("Resource", 2L),
                Map.entry("System", 2L), Map.entry("User", 3L));
        assertThat(graph.refs("n.missing = false")).containsExactly(
                "api:default/auth-api", "api:default/shipment-api",
                "component:default/auth-gateway", "component:default/label-printer",
                "component:default/shipment-service", "component:default/tracking-web",
                "domain:default/logistics",
                "group:default/engineering", "group:default/lumen", "group:default/platform",
                "group:default/shipping-team",
                "location:default/lumen-org", "location:default/lumen-systems",
                "resource:default/sessions-cache", "resource:default/shipments-db",
                "system:default/identity", "system:default/shipping",
                "user:default/ada", "user:default/grace", "user:default/linus");
    }

    @Test
    void derivesEveryRelationAndStoresAPairDeclaredFromBothEndsOnce() {
        ingest.ingest(lumen.root());

        assertThat(graph.relationships()).containsExactly(
                "api:default/auth-api OWNED_BY group:default/platform",
                "api:default/auth-api PART_OF system:default/identity",
                "api:default/shipment-api OWNED_BY group:default/shipping-team",
                "api:default/shipment-api PART_OF system:default/shipping",
                "component:default/auth-gateway DEPENDS_ON resource:default/sessions-cache",
                "component:default/auth-gateway OWNED_BY group:default/platform",
                "component:default/auth-gateway PART_OF system:default/identity",
                "component:default/auth-gateway PROVIDES_API api:default/auth-api",
                "component:default/label-printer DEPENDS_ON resource:default/printer-queue",
                "component:default/label-printer OWNED_BY user:default/ada",
                "component:default/label-printer PART_OF component:default/shipment-service",
                "component:default/shipment-service CONSUMES_API api:default/auth-api",
                "component:default/shipment-service DEPENDS_ON component:default/label-printer",
                "component:default/shipment-service DEPENDS_ON resource:default/shipments-db",
                "component:default/shipment-service OWNED_BY group:default/shipping-team",
                "component:default/shipment-service PART_OF system:default/shipping",
                "component:default/shipment-service PROVIDES_API api:default/shipment-api",
                "component:default/tracking-web CONSUMES_API api:default/shipment-api",
                "component:default/tracking-web DEPENDS_ON component:default/auth-gateway",
                "component:default/tracking-web OWNED_BY group:default/shipping-team",
                "component:default/tracking-web PART_OF system:default/shipping",
                "domain:default/logistics OWNED_BY group:default/engineering",
                "group:default/engineering CHILD_OF group:default/lumen",
                "group:default/platform CHILD_OF group:default/engineering",
                "group:default/shipping-team CHILD_OF group:default/engineering",
                "resource:default/sessions-cache OWNED_BY group:default/platform",
                "resource:default/sessions-cache PART_OF system:default/identity",
                "resource:default/shipments-db OWNED_BY group:default/shipping-team",
                "resource:default/shipments-db PART_OF system:default/shipping",
                "system:default/identity OWNED_BY group:default/platform",
                "system:default/identity PART_OF domain:default/logistics",
                "system:default/shipping OWNED_BY group:default/shipping-team",
                "system:default/shipping PART_OF domain:default/logistics",
                "user:default/ada MEMBER_OF group:default/platform",
                "user:default/grace MEMBER_OF group:default/shipping-team",
                "user:default/linus MEMBER_OF group:default/platform",
                "user:default/linus MEMBER_OF group:default/shipping-team");
        assertThat(graph.single("MATCH (:Entity {ref: 'group:default/platform'})-[r:CHILD_OF]->() "
                + "RETURN r.declaredBy AS by", Map.of()).get("by"))
                .isEqualTo(List.of("group:default/engineering", "group:default/platform"));
    }

    @Test
    void neverReadsVendoredOrNodeModulesDescriptors() {
        IngestReport report = ingest.ingest(lumen.root());

        assertThat(graph.refs("n.name IN ['acme-geo', 'left-pad']")).isEmpty();
        assertThat(report.counts().files()).isEqualTo(14);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsWhereEachEntityCameFromWithTheAnnotationsBackstageSetsOnIngest() throws Exception {
        ingest.ingest(lumen.root());

        Map<String, Object> service = graph.properties("component:default/shipment-service");
        String location = "file:" + lumen.path("shipment-service/catalog-info.yaml");
        assertThat(service).containsEntry("repository", "shipment-service")
                .containsEntry("sourceFile", "shipment-service/catalog-info.yaml")
                .containsEntry("sourceLocation", location)
                .containsEntry("sourceHash", Sha256.hex(Files.readAllBytes(lumen.path("shipment-service/catalog-info.yaml"))))
                .containsEntry("title", "Shipment Service").containsEntry("lifecycle", "production")
                .containsEntry("tags", List.of("java", "spring"))
                .containsEntry("annotations", List.of("backstage.io/managed-by-location=" + location,
                        "backstage.io/managed-by-origin-location=" + location,
                        "github.com/project-slug=lumen/shipment-service"));
        assertThat(service.get("repositoryUrl")).isNull();

        assertThat((List<Object>) graph.properties("user:default/ada").get("annotations")).containsExactly(
                "backstage.io/managed-by-location=file:" + lumen.path("org/people.yaml"),
                "backstage.io/managed-by-origin-location=file:" + lumen.path("org/catalog-info.yaml"));
        assertThat((List<Object>) graph.properties("system:default/shipping").get("annotations")).contains(
                "backstage.io/managed-by-origin-location=file:" + lumen.path("org/catalog-info.yaml"));
        assertThat(graph.properties("user:default/ada")).containsEntry("email", "ada@lumen.example")
                .containsEntry("displayName", "Ada Okafor").containsEntry("repository", "org");
    }

    @Test
    void readsAnApiDefinitionFromTheFileItsPlaceholderNames() {
        ingest.ingest(lumen.root());

        assertThat(graph.properties("api:default/shipment-api"))
                .containsEntry("definition", lumen.read("shipment-service/api/openapi.yaml"))
                .containsEntry("definitionPath", "api/openapi.yaml");
        assertThat(graph.properties("api:default/auth-api")).containsEntry("definitionPath", "spec/auth.yaml");
    }

    @Test
    void keepsADanglingRefAsAMissingPlaceholderAndReportsIt() {
        IngestReport report = ingest.ingest(lumen.root());

        assertThat(graph.properties("resource:default/printer-queue")).containsEntry("missing", true)
                .containsEntry("kind", "Resource").containsEntry("name", "printer-queue");
        assertThat(report.dangling()).containsExactly(new DanglingRef("resource:default/printer-queue",
                List.of("component:default/label-printer"), 1));
    }

    @Test
    void recordsTheRunSoTheCatalogKnowsHowFreshItIs() {
        IngestReport report = ingest.ingest(lumen.root());

        IngestRunRecord run = ingest.graph().status().runs(1).getFirst();
        assertThat(run.id()).isEqualTo(report.runId());
        assertThat(run.status()).isEqualTo("succeeded");
        assertThat(run.source()).isEqualTo("repositories in " + lumen.root());
        assertThat(run.finishedAt()).isEqualTo(ingest.graph().status().lastIngestAt());
        assertThat(run.counts()).containsEntry("files", 14L).containsEntry("entities", 20L)
                .containsEntry("relations", 37L).containsEntry("errors", 0L).containsEntry("dangling", 1L);
    }

    @Test
    void aLocationFileGivenDirectlyBringsInItsTreeAndNothingElse() {
        IngestReport report = ingest.ingest(lumen.path("org/catalog-info.yaml"));

        assertThat(report.errors()).isEmpty();
        assertThat(report.counts().files()).isEqualTo(10);
        assertThat(report.entitiesByKind()).containsExactly(Map.entry("Domain", 1L), Map.entry("Group", 4L),
                Map.entry("Location", 2L), Map.entry("System", 2L), Map.entry("User", 3L));
        assertThat(graph.properties("group:default/platform")).containsEntry("sourceFile", "groups/platform.yaml")
                .containsEntry("repository", "org");
    }
}
