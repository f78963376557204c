package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The ingester's {@code :SourceFile} bookkeeping read back for answers. The nodes are written here
 * the way catalog-ingest's state store writes them (problems as JSON of its IngestProblem records).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestProblemQueriesTest {

    static final String WRITE_FILE = """
            CREATE (:SourceFile {location: $location, source: 'repos', file: $file, repository: $repository,
                                 status: $status, claims: $claims, problems: $problems, errors: $errors})
            """;

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database());
    private final IngestProblemQueries problems = new IngestProblemQueries(neo4j.database());

    @BeforeAll
    void writeCatalog() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
        file("broken-repo/catalog-info.yaml", "broken-repo", "FAILED", List.of(), """
                [{"severity":"ERROR","rule":"yaml-syntax","file":"broken-repo/catalog-info.yaml","document":null,\
                "line":17,"field":null,"value":null,"message":"YAML syntax: mapping values are not allowed here"}]""");
        file("payments-service/catalog-info.yaml", "payments-service", "PARTIAL",
                List.of("component:default/payments-service"), """
                [{"severity":"ERROR","rule":"entity-ref","file":"payments-service/catalog-info.yaml","document":2,\
                "line":9,"field":"spec.owner","value":"group:","message":"spec.owner \\"group:\\" is not a valid ref"}]""");
        file("ledger/catalog-info.yaml", "ledger", "OK", List.of("component:default/ledger"), "[]");
    }

    @Test
    void readsAFailedFileOfARepositoryWithLineFieldRuleAndWhatWasKept() {
        List<FileProblems> files = problems.ofRepositories(List.of("payments-service"), 10);

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.file()).isEqualTo("payments-service/catalog-info.yaml");
            assertThat(file.status()).isEqualTo("PARTIAL");
            assertThat(file.kept()).containsExactly("component:default/payments-service");
            assertThat(file.outcome()).isEqualTo("partly used; the catalog holds 1 entity from it");
            assertThat(file.problems()).singleElement().satisfies(problem -> assertThat(problem.describe())
                    .isEqualTo("9: spec.owner: spec.owner \"group:\" is not a valid ref [entity-ref]"));
        });
    }

    @Test
    void listsTheTroubledFilesOfTheWholeCatalogLeavingGoodOnesOut() {
        assertThat(problems.all(10)).extracting(FileProblems::file).containsExactly("broken-repo/catalog-info.yaml",
                "payments-service/catalog-info.yaml");
        assertThat(problems.count()).isEqualTo(2);
        assertThat(problems.all(10).getFirst().outcome()).isEqualTo("not used; no entity from it is in the catalog");
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

    private void file(String file, String repository, String status, List<String> claims, String json) {
        neo4j.database().writeStatement(WRITE_FILE, Map.of("location", "file:/repos/" + file, "file", file,
                "repository", repository, "status", status, "claims", claims, "problems", json,
                "errors", json.equals("[]") ? 0L : 1L));
    }
}
