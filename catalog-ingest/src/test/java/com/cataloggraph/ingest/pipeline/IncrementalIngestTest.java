package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.IngestCounts;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalIngestTest {

    /** Taking the ingest lease, starting and finishing the run's own {@code :IngestRun} record, giving the lease back. */
    private static final long RUN_RECORD_WRITES = 4;

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
    void aRunOverUnchangedFilesWritesNothingButItsRunRecordAndStillReportsEarlierErrors() {
        lumen.replace("tracking-web/catalog-info.yaml", "title: Track your parcel",
                "title: Track your parcel\n  tags: [Web UI]").settled();
        IngestReport first = ingest.ingest(lumen.root());
        String updatedAt = (String) graph.properties("component:default/shipment-service").get("updatedAt");
        long before = ingest.writes();

        IngestReport second = ingest.ingest(lumen.root());

        assertThat(ingest.writes() - before).isEqualTo(RUN_RECORD_WRITES);
        // The partly failed file is not read again, and still counts as failed: files with errors after the run.
        assertThat(second.counts()).isEqualTo(new IngestCounts(14, 0, 14, 1, 19, 0, 33, 1, 0, 0, 0, 0, 1));
        assertThat(second.errors()).isEqualTo(first.errors()).containsExactly(IngestProblem.error(Rule.TAG_FORMAT,
                "tracking-web/catalog-info.yaml", 1, 6, "metadata.tags[0]", "Web UI", "metadata.tags[0] \"Web UI\" is "
                        + "not a valid tag; expected 1-63 characters of a-z, 0-9, ':', '+' and '#', words joined by "
                        + "single '-'"));
        assertThat(graph.properties("component:default/shipment-service")).containsEntry("updatedAt", updatedAt);
    }

    @Test
    void onlyTheFileThatChangedIsParsedAndWritten() {
        ingest.ingest(lumen.root());
        lumen.replace("tracking-web/catalog-info.yaml", "title: Track your parcel", "title: Where is my parcel?");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.counts()).isEqualTo(new IngestCounts(14, 1, 13, 0, 20, 1, 37, 0, 0, 0, 0, 0, 1));
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "Where is my parcel?");
    }

    @Test
    void aChangedPlaceholderFileIsReadAgainThoughItsDescriptorDidNotChange() {
        ingest.ingest(lumen.root());
        lumen.replace("shipment-service/api/openapi.yaml", "version: 1.4.0", "version: 1.5.0");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.counts().parsed()).isEqualTo(1);
        assertThat(report.counts().entitiesWritten()).isEqualTo(3);
        assertThat((String) graph.properties("api:default/shipment-api").get("definition")).contains("version: 1.5.0");
    }

    @Test
    void aNewFileMatchingALocationGlobIsFoundThoughTheLocationDidNotChange() {
        ingest.ingest(lumen.root());
        lumen.write("org/groups/data.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Group
                metadata: {name: data}
                spec: {type: team, parent: engineering, children: []}
                """);

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.counts().files()).isEqualTo(15);
        assertThat(report.counts().parsed()).isEqualTo(1);
        assertThat(graph.single("MATCH (:Group {ref: 'group:default/data'})-[:CHILD_OF]->(p) RETURN p.ref AS parent",
                Map.of())).containsEntry("parent", "group:default/engineering");
    }

    @Test
    void aFileWithErrorsThatIsUnchangedIsNotReadAgain() {
        lumen.write("broken/catalog-info.yaml", "apiVersion: backstage.io/v1alpha1\nkind: [\n");
        IngestReport first = ingest.ingest(lumen.root());

        IngestReport second = ingest.ingest(lumen.root());

        assertThat(first.counts().failed()).isEqualTo(1);
        assertThat(second.counts().failed()).as("still failed, though not read again").isEqualTo(1);
        assertThat(second.counts().parsed()).isZero();
        assertThat(second.counts().unchanged()).isEqualTo(15);
        assertThat(second.errors()).isEqualTo(first.errors()).singleElement()
                .satisfies(p -> assertThat(p.rule()).isEqualTo(Rule.YAML_SYNTAX));
    }
}
