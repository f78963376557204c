package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/**
 * Reads that tool calls make on every call start from what they were asked about, so their cost follows the
 * answer, not the catalog: a team's components from the team, a kind's page from that kind's range of refs, a
 * repository's troubled files from the repository. (Which index operator reaches a single node depends on the
 * statistics of this tiny graph, so the plans are checked for what reads many rows.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerCallReadPlansTest {

    private final TestNeo4j neo4j = TestNeo4j.get();

    @BeforeAll
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(CatalogGraph.over(neo4j.database()).writer());
        neo4j.database().writeStatement("CALL db.awaitIndexes(60)", Map.of());
        // Plan on this graph's statistics, not on samples left by the tests before (the JVM shares one database).
        try (Session session = neo4j.driver().session()) {
            session.run("CALL db.prepareForReplanning()").consume();
        }
    }

    @Test
    void anOwnersEntitiesAreGatheredFromTheOwnerNotFromTheRefIndex() {
        Map<String, Object> params = EntityQueries.filterParameters(
                EntityFilter.ofKind("component").withOwner("group:default/payments-team"), "");
        params.put("limit", 51);

        List<String> operators = operators(EntityQueries.LIST_OWNED, params);

        assertThat(operators).contains("Expand(All) (anchor)<-[:OWNED_BY]-(m)")
                .noneMatch(operator -> operator.contains("n:Entity(ref)"));
    }

    @Test
    void aSystemsPartsAreCountedFromTheSystem() {
        EntityFilter filter = EntityFilter.NONE.withRefs(null, "system:default/payments", null);
        Map<String, Object> params = EntityQueries.filterParameters(filter, "");

        assertThat(operators(EntityQueries.countStatement(filter, params), params))
                .contains("Expand(All) (anchor)<-[:PART_OF]-(m)")
                .noneMatch(operator -> operator.contains("n:Entity(ref)"));
    }

    @Test
    void aKindsPageIsReadFromThatKindsRefsInOrder() {
        Map<String, Object> params = EntityQueries.filterParameters(EntityFilter.ofKind("resource"), "");
        params.put("limit", 51);

        assertThat(operators(EntityQueries.LIST, params))
                .contains("NodeUniqueIndexSeekByRange UNIQUE n:Entity(ref) WHERE ref STARTS WITH $kindPrefix, "
                        + "cache[n.ref]")
                .noneMatch(operator -> operator.startsWith("Top") || operator.startsWith("Sort"));
        assertThat(params).containsEntry("after", "resource:").containsEntry("before", "resource;");
    }

    /** "Has problems" reads the entity's file only when the filter asks: not once per entity of every listing. */
    @Test
    void aListingReadsNoDescriptorFileUnlessAskedForProblems() {
        Map<String, Object> params = EntityQueries.filterParameters(EntityFilter.ofKind("resource"), "");
        params.put("limit", 51);

        assertThat(operators(EntityQueries.LIST, params)).noneMatch(operator -> operator.startsWith("LetSemiApply")
                || operator.startsWith("SemiApply") || operator.startsWith("AntiSemiApply"));
    }

    @Test
    void aRepositorysTroubledFilesAreSoughtByRepository() {
        List<String> operators = operators(IngestProblemQueries.OF_REPOSITORIES, Map.of("repositories",
                List.of("payments-service"), "statuses", IngestProblemQueries.TROUBLED, "limit", 50));

        assertThat(operators).anyMatch(operator -> operator.startsWith("NodeIndexSeek RANGE INDEX "
                + "f:SourceFile(repository)")).noneMatch(operator -> operator.startsWith("NodeByLabelScan"));
    }

    /** A repository's entities by the name keys of their repository and URL: two seeks, no scan of the catalog. */
    @Test
    void aRepositorysEntitiesAreSoughtByNameKey() {
        List<String> operators = operators(RepositoryQueries.CANDIDATES, RepositoryQueries.parameters(RepositoryLocator.parse("acme/payments-service")));

        assertThat(operators).anyMatch(operator -> operator.startsWith("NodeIndexSeek RANGE INDEX "
                        + "n:Entity(repositoryName)"))
                .anyMatch(operator -> operator.startsWith("NodeIndexSeek RANGE INDEX n:Entity(repositoryUrlName)"))
                .noneMatch(PerCallReadPlansTest::scansALabelOrEveryNode);
    }

    @Test
    void aRepositorysDescriptorFilesAreSoughtByNameKey() {
        List<String> operators = operators(RepositoryQueries.FILE_REPOSITORIES,
                RepositoryQueries.parameters(RepositoryLocator.parse("git@git.example.com:acme/payments-service.git")));

        assertThat(operators).anyMatch(operator -> operator.startsWith("NodeIndexSeek RANGE INDEX "
                + "f:SourceFile(repositoryName)")).noneMatch(PerCallReadPlansTest::scansALabelOrEveryNode);
    }

    private static boolean scansALabelOrEveryNode(String operator) {
        return operator.startsWith("NodeByLabelScan") || operator.startsWith("AllNodesScan")
                || operator.startsWith("NodeIndexScan");
    }

    /** Every operator of the plan, as {@code type details}. */
    private List<String> operators(String query, Map<String, Object> params) {
        try (Session session = neo4j.driver().session()) {
            List<String> operators = new ArrayList<>();
            collect(session.run("EXPLAIN " + query, params).consume().plan(), operators);
            return operators;
        }
    }

    private static void collect(Plan plan, List<String> operators) {
        Object details = plan.arguments().get("Details");
        operators.add(plan.operatorType().replaceAll("@.*", "")
                + (details == null ? "" : " " + details.toString().replaceAll("^\"|\"$", "")));
        plan.children().forEach(child -> collect(child, operators));
    }
}
