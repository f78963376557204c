package com.cataloggraph.ingest.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.model.store.CatalogDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local copy of the file states ({@code catalog.ingest.state-cache}): after every run it holds what the graph
 * holds, a run reads it only while the graph is at the generation it names, and another writer, a damaged copy or
 * a lost one never change what a run does.
 */
class IngestStateCopyTest {

    private static final String WEB = "tracking-web/catalog-info.yaml";

    @TempDir
    Path temp;

    private Path copy;
    private IngestTesting ingest;
    private GraphProbe graph;
    private CatalogFolder lumen;
    private List<String> sources;

    @BeforeEach
    void setUp() {
        copy = temp.resolve("data/ingest-state.bin");
        ingest = new IngestTesting(IngestProperties.defaults().withStateCache(copy));
        graph = ingest.probe();
        lumen = CatalogFolder.copyOf("lumen", temp.resolve("lumen"));
        sources = List.of(ingest.source(lumen.root()).id());
        lumen.settled();
    }

    @Test
    void afterEveryKindOfRunTheCopyHoldsWhatTheGraphHolds() throws Exception {
        ingest.ingest(lumen.root());
        assertThat(copy).exists();
        assertCopyIsTheGraph();

        lumen.replace(WEB, "title: Track your parcel", "title: Where is my parcel");
        lumen.settled();
        assertThat(ingest.ingest(lumen.root()).counts().parsed()).isEqualTo(1);
        assertCopyIsTheGraph();
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "Where is my parcel");

        lumen.write("new-service/catalog-info.yaml", """
                apiVersion: backstage.io/v1alpha1
                kind: Component
                metadata:
                  name: new-service
                spec:
                  type: service
                  lifecycle: experimental
                  owner: shipping-team
                """);
        lumen.write("broken/catalog-info.yaml", "kind: Component\nmetadata: [unclosed\n");
        lumen.settled();
        ingest.ingest(lumen.root());
        assertCopyIsTheGraph();

        lumen.delete("new-service/catalog-info.yaml");
        lumen.settled();
        ingest.ingest(lumen.root());
        assertCopyIsTheGraph();
        assertThat(storedFromGraph().get("file:" + lumen.path("new-service/catalog-info.yaml")).status())
                .isEqualTo(FileStatus.VANISHED);
        assertThat(storedFromGraph().get("file:" + lumen.path("broken/catalog-info.yaml")).status())
                .isEqualTo(FileStatus.FAILED);

        IngestReport unchanged = ingest.ingest(lumen.root());
        assertThat(unchanged.counts().parsed()).isZero();
        assertThat(unchanged.counts().entitiesWritten()).isZero();
        assertCopyIsTheGraph();
    }

    @Test
    void theCopyIsReadOnlyWhileTheGraphIsAtTheGenerationItNames() {
        ingest.ingest(lumen.root());
        String location = "file:" + lumen.path(WEB);
        String hash = storedFromGraph().get(location).contentHash();

        // A change the generation does not count (no writer does this): the copy is read, so the load does not see it.
        graph.rows("MATCH (f:SourceFile {location: $location}) SET f.contentHash = 'changed behind the count'",
                Map.of("location", location));
        assertThat(new IngestStateStore(database(), copy).load(sources).get(location).contentHash()).isEqualTo(hash);

        graph.rows("MATCH (g:SourceFileGeneration) SET g.number = g.number + 1");
        assertThat(new IngestStateStore(database(), copy).load(sources).get(location).contentHash())
                .isEqualTo("changed behind the count");
    }

    @Test
    void aRunAfterAnotherWriterReadsTheGraphAndLeavesACopyOfIt() throws Exception {
        ingest.ingest(lumen.root());
        // Another instance (no copy of its own) ingests a change: it counts the generation up.
        CatalogIngester other = new CatalogIngester(ingest.graph(), IngestProperties.defaults());
        lumen.replace(WEB, "title: Track your parcel", "title: Changed by the other instance");
        lumen.settled();
        other.ingest(IngestRequest.of(ingest.source(lumen.root())));

        lumen.replace(WEB, "lifecycle: production", "lifecycle: deprecated");
        lumen.settled();
        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.counts().parsed()).isEqualTo(1);
        assertThat(graph.properties("component:default/tracking-web"))
                .containsEntry("title", "Changed by the other instance").containsEntry("lifecycle", "deprecated");
        assertCopyIsTheGraph();
        IngestReport again = ingest.ingest(lumen.root());
        assertThat(again.counts().parsed()).isZero();
    }

    @Test
    void aDamagedOrLostCopyIsNotUsedAndTheRunStillConverges() throws Exception {
        ingest.ingest(lumen.root());
        byte[] whole = Files.readAllBytes(copy);
        Files.write(copy, java.util.Arrays.copyOf(whole, whole.length / 2));
        lumen.replace(WEB, "title: Track your parcel", "title: After a damaged copy");
        lumen.settled();

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.status()).isEqualTo(IngestReport.SUCCEEDED);
        assertThat(report.counts().parsed()).isEqualTo(1);
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "After a damaged copy");
        assertCopyIsTheGraph();

        Files.delete(copy);
        assertThat(ingest.ingest(lumen.root()).counts().parsed()).isZero();
        assertCopyIsTheGraph();
    }

    /** The copy on disk is current (read by a store with it) and equal to the states the graph holds. */
    private void assertCopyIsTheGraph() {
        Map<String, SourceFileState> fromGraph = storedFromGraph();
        StateGeneration now = generation();
        assertThat(new StateSnapshot(copy).read(now, sources)).as("the copy at generation %s", now)
                .hasValueSatisfying(states -> assertThat(states).isEqualTo(fromGraph));
        assertThat(fromGraph).isNotEmpty();
    }

    private Map<String, SourceFileState> storedFromGraph() {
        return new IngestStateStore(database()).load(sources);
    }

    private StateGeneration generation() {
        Map<String, Object> row = graph.single("MATCH (g:SourceFileGeneration) RETURN g.id AS id, g.number AS number",
                Map.of());
        return new StateGeneration((String) row.get("id"), (Long) row.get("number"));
    }

    private CatalogDatabase database() {
        return ingest.graph().database();
    }
}
