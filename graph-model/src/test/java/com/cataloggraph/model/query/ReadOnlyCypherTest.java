package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("security")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyCypherTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final ReadOnlyCypher cypher = new ReadOnlyCypher(neo4j.database());

    @BeforeAll
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(CatalogGraph.over(neo4j.database()).writer());
    }

    @Test
    void runsAReadQueryWithParametersAndReturnsPlainRows() {
        CypherResult result = cypher.run("MATCH (c:Component {ref: $ref})-[r:OWNED_BY]->(g) RETURN c.name AS name, "
                + "g AS owner, r", Map.of("ref", "component:default/ledger"), 10, Duration.ofSeconds(5));

        assertThat(result.columns()).containsExactly("name", "owner", "r");
        assertThat(result.rows()).hasSize(1);
        Map<String, Object> row = result.rows().getFirst();
        assertThat(row.get("name")).isEqualTo("ledger");
        assertThat((Map<String, Object>) row.get("owner")).containsEntry("ref", "group:default/payments-team")
                .containsEntry("_labels", List.of("Entity", "Group"));
        assertThat((Map<String, Object>) row.get("r")).containsEntry("_type", "OWNED_BY");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void capsRowsAndSaysSo() {
        CypherResult result = cypher.run("MATCH (n:Entity) RETURN n.ref AS ref ORDER BY ref", Map.of(), 3,
                Duration.ofSeconds(5));

        assertThat(result.rows()).hasSize(3);
        assertThat(result.truncated()).isTrue();
    }

    @Test
    void allowsFullTextSearchProcedure() {
        CypherResult result = cypher.run("CALL db.index.fulltext.queryNodes('entity_search', 'ledger') "
                + "YIELD node RETURN node.ref AS ref ORDER BY ref", Map.of(), 10, Duration.ofSeconds(5));

        assertThat(result.rows()).extracting(r -> r.get("ref"))
                .contains("component:default/ledger", "resource:default/ledger-db");
    }

    @Test
    void returnsPathsAsAlternatingNodesAndRelationships() {
        CypherResult result = cypher.run("MATCH p = (:User {ref: 'user:default/alice'})-[:MEMBER_OF]->(:Group) "
                + "RETURN p", Map.of(), 10, Duration.ofSeconds(5));

        List<?> path = (List<?>) result.rows().getFirst().get("p");
        assertThat(path).hasSize(3);
        assertThat((Map<String, Object>) path.get(1)).containsEntry("_type", "MEMBER_OF")
                .containsEntry("_start", "user:default/alice").containsEntry("_end", "group:default/payments-team");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE (n:Entity {ref: 'x:default/y'})",
            "MERGE (n:Entity {ref: 'x:default/y'}) RETURN n",
            "MATCH (n:Component) SET n.name = 'hacked'",
            "MATCH (n:Component) REMOVE n.name",
            "MATCH (n:Component) DELETE n",
            "MATCH (n:Component) DETACH DELETE n",
            "MATCH (a:User), (b:Group) CREATE (a)-[:MEMBER_OF]->(b)",
            "MATCH (n:Component) WITH n LIMIT 1 CALL (n) { SET n.x = 1 } RETURN n",
    })
    void refusesEveryWriteClause(String query) {
        assertThatThrownBy(() -> cypher.run(query, Map.of(), 10, Duration.ofSeconds(5)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageStartingWith("Refused: the query writes to the graph");
        assertThat(countComponents()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CREATE INDEX hacked IF NOT EXISTS FOR (n:Entity) ON (n.name)",
            "DROP CONSTRAINT entity_ref",
    })
    void refusesSchemaCommands(String query) {
        assertThatThrownBy(() -> cypher.run(query, Map.of(), 10, Duration.ofSeconds(5)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageStartingWith("Refused:");
    }

    @Test
    void refusesLoadCsv() {
        assertThatThrownBy(() -> cypher.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", Map.of(), 10,
                Duration.ofSeconds(5)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageStartingWith("Refused: LOAD CSV");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "CALL dbms.components() YIELD name RETURN name",
            "CALL db.createLabel('Hacked')",
            "SHOW PROCEDURES YIELD name RETURN name",
            "SHOW TRANSACTIONS",
            "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
            "CALL dbms.listConfig() YIELD name RETURN name",
    })
    void refusesProceduresOutsideTheAllowList(String query) {
        assertThatThrownBy(() -> cypher.run(query, Map.of(), 10, Duration.ofSeconds(5)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageStartingWith("Refused:");
    }

    @Test
    void allowsShowingTheCatalogsIndexes() {
        CypherResult result = cypher.run("SHOW INDEXES YIELD name WHERE name = 'entity_search' RETURN name", Map.of(),
                10, Duration.ofSeconds(5));

        assertThat(result.rows()).containsExactly(Map.of("name", "entity_search"));
    }

    @Test
    void namesTheRefusedProcedure() {
        assertThatThrownBy(() -> cypher.run("CALL dbms.listConfig() YIELD name RETURN name", Map.of(), 10,
                Duration.ofSeconds(5)))
                .hasMessageStartingWith("Refused: procedure dbms.listConfig is not allowed. Allowed: ");
    }

    @Test
    void refusesUseOfAnotherDatabase() {
        assertThatThrownBy(() -> cypher.run("USE system SHOW USERS", Map.of(), 10, Duration.ofSeconds(5)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageStartingWith("Refused: USE is not allowed");
    }

    @Test
    void stopsAQueryThatRunsPastItsTimeoutInTheDatabaseNotOnlyInTheClient() throws InterruptedException {
        String query = "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i)";

        assertThatThrownBy(() -> cypher.run(query, Map.of(), 10, Duration.ofMillis(200)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageContaining("was stopped");
        awaitNoTransactionRunning(query);
    }

    @Test
    void refusesTheExpressionLoopOfTheIssueBeforeTheDatabaseRunsIt() throws InterruptedException {
        String query = "RETURN reduce(s=0, x IN range(1,600000000) | s + x) AS total";

        assertThatThrownBy(() -> cypher.run(query, Map.of(), 10, Duration.ofSeconds(10)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageStartingWith("Refused: range(1, 600000000) spans 600,000,000 values; inside an expression "
                        + "at most 100,000 are allowed");
        awaitNoTransactionRunning(query);
    }

    @Test
    void refusesTheHugeRowOfTheIssueBeforeTheDatabaseBuildsIt() {
        assertThatThrownBy(() -> cypher.run("RETURN range(1, 20000000) AS r", Map.of(), 10, Duration.ofSeconds(10)))
                .hasMessageStartingWith("Refused: range(1, 20000000) spans 20,000,000 values");
    }

    @Test
    void stopsAtTheSizeCapAndSaysSo() {
        CypherResult result = cypher.run("UNWIND range(1, 1000) AS i RETURN i, $pad AS pad", Map.of("pad", "x".repeat(90)),
                1000, 10_000, Duration.ofSeconds(10));

        assertThat(result.stoppedBy()).isEqualTo(CypherResult.Cap.SIZE);
        assertThat(result.rows()).hasSizeBetween(50, 100);
        assertThat(result.rows().getLast()).containsEntry("i", (long) result.rows().size());
    }

    @Test
    void refusesAFirstRowLargerThanTheSizeCap() {
        assertThatThrownBy(() -> cypher.run("RETURN [x IN range(1, 100000) | x] AS numbers", Map.of(), 10, 100_000,
                Duration.ofSeconds(10)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessage("The query's first row alone is larger than 100,000 characters, the size cap; return fewer "
                        + "or smaller values (n.ref instead of n, size(list) instead of the list)");
    }

    @Test
    void refusesAQueryTextPastItsLengthCap() {
        String query = "RETURN '" + "x".repeat(ReadOnlyCypher.MAX_QUERY_CHARS) + "' AS text";

        assertThatThrownBy(() -> cypher.run(query, Map.of(), 10, Duration.ofSeconds(10)))
                .hasMessage("Refused: the query is 100,017 characters long; at most 100,000 are allowed. Pass data "
                        + "as parameters");
    }

    @Test
    void explainsASyntaxError() {
        assertThatThrownBy(() -> cypher.run("MATCH (n RETURN n", Map.of(), 10, Duration.ofSeconds(5)))
                .isInstanceOf(RejectedQueryException.class)
                .hasMessageStartingWith("The query failed:");
    }

    @Test
    void stringsThatMentionKeywordsAreFine() {
        CypherResult result = cypher.run("RETURN 'we use LOAD CSV and CREATE things' AS text", Map.of(), 10,
                Duration.ofSeconds(5));

        assertThat(result.rows().getFirst()).containsEntry("text", "we use LOAD CSV and CREATE things");
    }

    /** Waits (generously: a loaded machine is slow) until the database lists no transaction running the query. */
    private void awaitNoTransactionRunning(String query) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (transactionsRunning(query) > 0) {
            assertThat(System.nanoTime()).as("the database still runs " + query).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Transactions whose query is this text, as the database lists them (as admin, outside ReadOnlyCypher). */
    private long transactionsRunning(String query) {
        try (var session = neo4j.driver().session()) {
            return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery = $query RETURN count(*) AS n",
                    Map.of("query", query)).single().get("n").asLong();
        }
    }

    private long countComponents() {
        return neo4j.database().read(tx -> tx.run("MATCH (n:Component) RETURN count(n) AS c").single().get("c")
                .asLong());
    }
}
