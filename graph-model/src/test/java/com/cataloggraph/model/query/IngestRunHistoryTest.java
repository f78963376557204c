package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** A catalog refreshed every few minutes for weeks: thousands of runs, and every MCP answer asks for the last one. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestRunHistoryTest {

    private static final int RUNS = 3000;

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database());

    @BeforeAll
    void writeAMonthOfRuns() {
        neo4j.clean();
        // Weeks of history in one statement; the newest runs go through the real run log.
        neo4j.database().writeStatement("""
                UNWIND range(1, $runs) AS i
                CREATE (:IngestRun {id: 'old-' + i, status: 'succeeded', source: 'repos',
                        startedAt: toString(datetime('2026-10-01T00:00:00Z') + duration({minutes: 5 * i})),
                        finishedAt: toString(datetime('2026-10-01T00:00:30Z') + duration({minutes: 5 * i}))})
                """, Map.of("runs", RUNS));
        graph.runs().start("newest-finished", Instant.parse("2026-11-20T10:00:00Z"), "repos");
        graph.runs().finish("newest-finished", Instant.parse("2026-11-20T10:00:20Z"), "succeeded", Map.of());
        graph.runs().start("still-running", Instant.parse("2026-11-20T10:05:00Z"), "repos");
        neo4j.database().writeStatement("CALL db.awaitIndexes(60)", Map.of());
    }

    @Test
    void theLastIngestIsTheNewestFinishedRunEvenWhileANewerOneRuns() {
        assertThat(graph.status().lastIngestAt()).isEqualTo("2026-11-20T10:00:20Z");
        assertThat(graph.status().runs(3)).extracting(IngestRunRecord::id)
                .containsExactly("still-running", "newest-finished", "old-" + RUNS);
    }

    @Test
    void theNewestRunsAreReadFromTheStartedAtIndexNotByScanningEveryRun() {
        assertReadFromTheStartedAtIndex(CatalogStatusQueries.RUNS, Map.of("finishedOnly", true, "limit", 1));
        assertReadFromTheStartedAtIndex(CatalogStatusQueries.LAST_FINISHED, Map.of());
    }

    private void assertReadFromTheStartedAtIndex(String query, Map<String, Object> parameters) {
        List<String> operators = new ArrayList<>();
        try (Session session = neo4j.driver().session()) {
            Plan plan = session.run("EXPLAIN " + query, parameters).consume().plan();
            collect(plan, operators);
        }

        assertThat(operators).anyMatch(operator -> operator.startsWith("NodeIndexScan"))
                .noneMatch(operator -> operator.startsWith("NodeByLabelScan"))
                .noneMatch(operator -> operator.startsWith("Top") || operator.startsWith("Sort"));
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, operators));
    }
}
