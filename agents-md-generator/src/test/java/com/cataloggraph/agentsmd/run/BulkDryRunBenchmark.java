package com.cataloggraph.agentsmd.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.agentsmd.catalog.CatalogContextReader;
import com.cataloggraph.agentsmd.catalog.ReviewerReader;
import com.cataloggraph.agentsmd.draft.RepositoryDrafter;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts per second of a bulk dry run over many synthetic repositories with their catalog. Prints
 * figures; asserts only that every repository was drafted. Not part of the normal build:
 *
 * <pre>
 * ./mvnw -B -o -pl agents-md-generator -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=BulkDryRunBenchmark -Dgroups=benchmark -DexcludedGroups=none \
 *     [-Dagentsmd.benchmark.repositories=3900] [-Dagentsmd.benchmark.concurrency=4]
 * </pre>
 *
 * Figures land in {@code target/surefire-reports/...BulkDryRunBenchmark-output.txt}.
 */
@Tag("benchmark")
class BulkDryRunBenchmark {

    @Test
    void draftsPerSecondOfABulkDryRun(@TempDir Path dir) {
        int repositories = Integer.getInteger("agentsmd.benchmark.repositories", 500);
        int concurrency = Integer.getInteger("agentsmd.benchmark.concurrency", 4);
        long started = System.nanoTime();
        SyntheticRepositories.write(dir, repositories, 42);
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().clean().database());
        started = System.nanoTime();
        SyntheticRepositories.catalog(repositories).writeTo(graph.writer());
        double catalogSeconds = (System.nanoTime() - started) / 1e9;
        RepositoryDrafter drafter = new RepositoryDrafter(new CatalogContextReader(graph), "AGENTS.md", "origin");
        AgentsMdRuns runs = new AgentsMdRuns(graph.entities(), drafter, new ReviewerReader(graph), kind -> null, host -> null,
                new RunStore(graph.database()), BulkRunTest.SETTINGS, Clock.systemUTC());

        RunReport cold = runs.run(new RunRequest(dir, List.of(), "local", true, concurrency, null), RunProgress.NONE);
        RunReport warm = runs.run(new RunRequest(dir, List.of(), "local", true, concurrency, null), RunProgress.NONE);
        RunReport serial = runs.run(new RunRequest(dir, List.of(), "local", true, 1, null), RunProgress.NONE);

        System.out.printf("bulk dry-run benchmark: %d repositories (synthetic checkouts written in %.1f s, catalog of "
                        + "%d entities written in %.1f s), %d cores%n", repositories, writeSeconds,
                repositories * 2 + repositories / 3 + SyntheticRepositories.TEAMS * 6 + SyntheticRepositories.SYSTEMS,
                catalogSeconds, Runtime.getRuntime().availableProcessors());
        print("cold, concurrency " + concurrency, cold);
        print("warm, concurrency " + concurrency, warm);
        print("warm, concurrency 1", serial);
        assertThat(cold.count(RepositoryState.DRAFTED)).isEqualTo(repositories);
        assertThat(warm.count(RepositoryState.FAILED)).isZero();
        assertThat(serial.count(RepositoryState.DRAFTED)).isEqualTo(repositories);
    }

    private static void print(String label, RunReport report) {
        System.out.printf("  %-26s %6.1f s  %7.1f drafts/s%n", label, report.seconds(), report.draftsPerSecond());
    }
}
