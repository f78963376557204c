package com.cataloggraph.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.testing.CatalogFolder;
import com.cataloggraph.ingest.testing.IngestTesting;
import com.cataloggraph.model.history.CatalogChange;
import com.cataloggraph.model.history.CatalogChange.FieldChange;
import com.cataloggraph.model.history.ChangeFilter;
import com.cataloggraph.model.history.HistoryQueries;
import com.cataloggraph.model.history.OwnerOnDate;
import com.cataloggraph.model.history.RelationHistory;
import com.cataloggraph.model.vocabulary.RelationType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each run records what it changed; the history answers what changed, who owned what when, and since when. */
class HistoryIngestTest {

    private static final String PAYMENTS = "component:default/payments-service";
    private static final String FILE = "payments-service/catalog-info.yaml";

    @TempDir
    Path temp;

    private final IngestTesting ingest = new IngestTesting();
    private final HistoryQueries history = new HistoryQueries(ingest.graph().database());
    private CatalogFolder catalog;
    private IngestReport first;

    @BeforeEach
    void ingestTheSampleCatalog() {
        catalog = CatalogFolder.copyOf(SampleCatalog.root(), temp.resolve("sample"));
        first = ingest.ingest(catalog.root());
    }

    @Test
    void aRunPrunesTheChangesRecordedLongerAgoThanTheRetentionAndKeepsItsOwn() {
        long recorded = (Long) ingest.probe().single("MATCH (c:EntityChange) RETURN count(c) AS n", java.util.Map.of())
                .get("n");
        assertThat(recorded).isPositive();
        // The first run's changes, as if recorded 91 days ago (the default retention is 90 days).
        ingest.probe().rows("MATCH (c:EntityChange) SET c.at = c.at - duration('P91D')");
        catalog.replaceFirst(FILE, "  owner: payments-team", "  owner: checkout-team");

        IngestReport second = ingest.ingest(catalog.root());

        assertThat(ingest.probe().rows("MATCH (c:EntityChange) RETURN c.run AS run, c.ref AS ref"))
                .containsExactly(java.util.Map.of("run", second.runId(), "ref", PAYMENTS));
    }

    @Test
    void aChangedOwnerShowsInTheHistoryWithBothValuesAndTheRun() {
        catalog.replaceFirst(FILE, "  owner: payments-team", "  owner: checkout-team");

        IngestReport second = ingest.ingest(catalog.root());

        List<CatalogChange> changes = history.changes(ChangeFilter.since(Instant.parse(second.startedAt())), 50);
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.run()).isEqualTo(second.runId());
            assertThat(change.ref()).isEqualTo(PAYMENTS);
            assertThat(change.change()).isEqualTo("modified");
            assertThat(change.fields()).containsExactly(java.util.Map.entry("spec.owner",
                    new FieldChange("payments-team", "checkout-team")));
            assertThat(change.ownerBefore()).isEqualTo("group:default/payments-team");
            assertThat(change.owner()).isEqualTo("group:default/checkout-team");
            assertThat(change.declared()).extracting(r -> r.key() + " @ " + r.site().text()).containsExactly(
                    PAYMENTS + " OWNED_BY group:default/checkout-team @ " + FILE + ":22:spec.owner");
            assertThat(change.undeclared()).extracting(CatalogChange.RelationChange::key)
                    .containsExactly(PAYMENTS + " OWNED_BY group:default/payments-team");
            assertThat(change.file()).isEqualTo(FILE);
        });
    }

    @Test
    void theOwnerOnADateIsTheOwnerThenWhereverTheDateFalls() {
        Instant before = Instant.parse(first.finishedAt());
        catalog.replaceFirst(FILE, "  owner: payments-team", "  owner: checkout-team");
        IngestReport second = ingest.ingest(catalog.root());

        OwnerOnDate then = history.ownerOn(PAYMENTS, before);
        OwnerOnDate now = history.ownerOn(PAYMENTS, Instant.parse(second.finishedAt()));
        OwnerOnDate beforeHistory = history.ownerOn(PAYMENTS, Instant.parse(first.startedAt()).minusSeconds(60));

        assertThat(then.owner()).isEqualTo("group:default/payments-team");
        assertThat(then.known()).isTrue();
        assertThat(then.basis().run()).isEqualTo(first.runId());
        assertThat(now.owner()).isEqualTo("group:default/checkout-team");
        assertThat(now.basis().run()).isEqualTo(second.runId());
        assertThat(beforeHistory.existed()).isFalse();
        assertThat(beforeHistory.owner()).isNull();
        assertThat(beforeHistory.known()).as("nothing before the oldest change kept is certain").isFalse();
    }

    @Test
    void aNewDependencyIsTracedToTheRunAndTheLineThatBeganIt() {
        catalog.replaceFirst(FILE, "    - resource:payments-db\n", "    - resource:payments-db\n    - resource:checkout-db\n");
        IngestReport second = ingest.ingest(catalog.root());

        RelationHistory added = history.relation(PAYMENTS, RelationType.DEPENDS_ON, "resource:default/checkout-db");
        RelationHistory old = history.relation(PAYMENTS, RelationType.DEPENDS_ON, "resource:default/payments-db");

        assertThat(added.exists()).isTrue();
        assertThat(added.since().run()).isEqualTo(second.runId());
        assertThat(added.since().declared()).extracting(r -> r.site().text())
                .containsExactly(FILE + ":33:spec.dependsOn[3]");
        assertThat(old.since().run()).isEqualTo(first.runId());
        assertThat(old.since().change()).isEqualTo("added");
    }

    @Test
    void whatChangedUnderATeamAndAroundAnEntityIsNarrowedToThem() {
        catalog.replaceFirst(FILE, "  lifecycle: production", "  lifecycle: deprecated");
        catalog.replace("route-planner/catalog-info.yaml", "    - component:traffic-feed",
                "    - component:traffic-feed\n    - resource:events-bus");
        IngestReport second = ingest.ingest(catalog.root());
        ChangeFilter since = ChangeFilter.since(Instant.parse(second.startedAt()));

        assertThat(history.changes(since, 50)).extracting(CatalogChange::ref)
                .containsExactlyInAnyOrder(PAYMENTS, "component:default/route-planner");
        assertThat(history.changes(since.ownedBy("group:default/payments-team"), 50)).extracting(CatalogChange::ref)
                .containsExactly(PAYMENTS);
        assertThat(history.changes(since.around("resource:default/events-bus"), 50)).extracting(CatalogChange::ref)
                .containsExactly("component:default/route-planner");
    }

    @Test
    void anUnchangedRunRecordsNothing() {
        IngestReport second = ingest.ingest(catalog.root());

        assertThat(history.changes(ChangeFilter.since(Instant.parse(second.startedAt())), 50)).isEmpty();
        assertThat(history.changes(ChangeFilter.since(Instant.parse(first.startedAt())), 500)).hasSize(72);
    }
}
