package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.report.Conflict;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.GraphProbe;
import com.cataloggraph.ingest.testing.IngestTesting;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictTest {

    private static final String COPY = "z-tracking-web-legacy/catalog-info.yaml";

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
    void theFirstDefinitionKeepsARefAndTheSecondIsReportedWithBothLocations() {
        lumen.write(COPY, lumen.read("tracking-web/catalog-info.yaml").replace("Track your parcel", "Legacy tracking"));

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.conflicts()).containsExactly(new Conflict("component:default/tracking-web", COPY, 1, 4,
                "tracking-web/catalog-info.yaml"));
        assertThat(report.errors()).containsExactly(IngestProblem.error(Rule.DUPLICATE_REF, COPY, 1, 4,
                "metadata.name", "component:default/tracking-web", "component:default/tracking-web is already defined "
                        + "by tracking-web/catalog-info.yaml; this definition is skipped (the first definition of a ref "
                        + "keeps it)"));
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "Track your parcel")
                .containsEntry("sourceFile", "tracking-web/catalog-info.yaml");
    }

    @Test
    void anEntityAlreadyInTheGraphKeepsItsFileEvenWhenANewcomerComesFirst() {
        ingest.ingest(lumen.root());
        lumen.write("a-tracking-web-fork/catalog-info.yaml", lumen.read("tracking-web/catalog-info.yaml")
                .replace("Track your parcel", "Fork"));

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.conflicts()).extracting(Conflict::file, Conflict::keptBy).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a-tracking-web-fork/catalog-info.yaml",
                        "tracking-web/catalog-info.yaml"));
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "Track your parcel");
    }

    @Test
    void anUnchangedConflictIsReportedAgainWithoutWriting() {
        lumen.write(COPY, lumen.read("tracking-web/catalog-info.yaml")).settled();
        ingest.ingest(lumen.root());
        long writes = ingest.writes();

        IngestReport again = ingest.ingest(lumen.root());

        assertThat(again.conflicts()).hasSize(1);
        // The lease taken and given back, the run's record started and finished: nothing of the catalog.
        assertThat(ingest.writes() - writes).isEqualTo(4);
    }

    @Test
    void whenTheKeeperGoesTheOtherDefinitionTakesOverInsteadOfAnOrphan() {
        lumen.write(COPY, lumen.read("tracking-web/catalog-info.yaml").replace("Track your parcel", "Legacy tracking"));
        ingest.ingest(lumen.root());
        lumen.delete("tracking-web");

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.conflicts()).isEmpty();
        assertThat(report.counts().orphaned()).isZero();
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "Legacy tracking")
                .containsEntry("sourceFile", COPY).containsEntry("orphan", false);
    }

    @Test
    void twoDocumentsOfOneFileDefiningTheSameRefConflictToo() {
        lumen.write("tracking-web/catalog-info.yaml", lumen.read("tracking-web/catalog-info.yaml") + "---\n"
                + lumen.read("tracking-web/catalog-info.yaml").replace("Track your parcel", "Twice"));

        IngestReport report = ingest.ingest(lumen.root());

        assertThat(report.conflicts()).containsExactly(new Conflict("component:default/tracking-web",
                "tracking-web/catalog-info.yaml", 2, 19, "tracking-web/catalog-info.yaml"));
        assertThat(graph.properties("component:default/tracking-web")).containsEntry("title", "Track your parcel");
    }
}
