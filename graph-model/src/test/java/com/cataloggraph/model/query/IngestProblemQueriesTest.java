package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.IngestBookkeeping;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ingester's {@code :SourceFile} bookkeeping read back for answers, the nodes written the way
 * catalog-ingest's state store writes them ({@link IngestBookkeeping}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestProblemQueriesTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database());
    private final IngestProblemQueries problems = new IngestProblemQueries(neo4j.database());

    @BeforeAll
    void writeCatalog() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
        IngestBookkeeping.sourceFile(neo4j.database(), "broken-repo/catalog-info.yaml", "broken-repo", "FAILED",
                List.of(), "[" + IngestBookkeeping.error("broken-repo/catalog-info.yaml", 17, null, "yaml-syntax",
                        "YAML syntax: mapping values are not allowed here") + "]");
        IngestBookkeeping.sourceFile(neo4j.database(), "payments-service/catalog-info.yaml", "payments-service",
                "PARTIAL", List.of("component:default/payments-service"), "["
                        + IngestBookkeeping.error("payments-service/catalog-info.yaml", 9, "spec.owner", "entity-ref",
                        "spec.owner \"group:\" is not a valid ref") + "]");
        IngestBookkeeping.sourceFile(neo4j.database(), "ledger/catalog-info.yaml", "ledger", "OK",
                List.of("component:default/ledger"), "[]");
    }

    @Test
    void readsAFailedFileOfARepositoryWithLineFieldRuleAndWhatWasKept() {
        List<ProblemFile> files = problems.ofRepositories(List.of("payments-service"), 10);

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.file()).isEqualTo("payments-service/catalog-info.yaml");
            assertThat(file.status()).isEqualTo("PARTIAL");
            assertThat(file.claims()).containsExactly("component:default/payments-service");
            assertThat(file.outcome()).isEqualTo("partly used; the catalog holds 1 entity from it");
            assertThat(file.problems()).singleElement().satisfies(problem -> assertThat(problem.describe())
                    .isEqualTo("9: spec.owner: spec.owner \"group:\" is not a valid ref [entity-ref]"));
        });
    }

    @Test
    void listsTheTroubledFilesOfTheWholeCatalogLeavingGoodOnesOut() {
        List<ProblemFile> files = problems.files(null, 10, null).items();
        assertThat(files).extracting(ProblemFile::file).containsExactly("broken-repo/catalog-info.yaml",
                "payments-service/catalog-info.yaml");
        assertThat(problems.countFiles(null)).isEqualTo(2);
        assertThat(files.getFirst().outcome()).isEqualTo("not used; no entity from it is in the catalog");
    }

    @Test
    void findsARepositoryWhoseOnlyDescriptorFailed() {
        List<RepositoryMatch> matches = graph.repositories().find(RepositoryLocator.parse("broken-repo"));

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.repository()).isEqualTo("broken-repo");
            assertThat(match.entities()).isEmpty();
        });
        assertThat(graph.repositories().find(RepositoryLocator.parse("payments-service"))).singleElement()
                .satisfies(match -> assertThat(match.entities()).isNotEmpty());
    }
}
