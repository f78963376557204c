package com.cataloggraph.mcp.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.InstanceOfAssertFactories;

import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogTools;
import com.cataloggraph.mcp.testing.ContractCatalog;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.testing.TestNeo4j;
import com.cataloggraph.model.testing.TransactionRecorder;
import com.cataloggraph.model.testing.TransactionRecorder.Opened;
import com.cataloggraph.model.testing.TransactionRecorder.Recorded;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.AccessMode;

/**
 * What a tool call costs in transactions, as the driver itself records them: one read transaction per call,
 * however many query families the answer reads through (resolving the argument, the answer, the problems of its
 * repository, the last ingest time every answer states). Each transaction is a session, a begin and a commit on
 * top of the statements, so this is the round-trip count the latency of a simple lookup is made of.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransactionsPerCallTest {

    private static final Recorded ONE_READ = new Recorded(AccessMode.READ, Opened.MANAGED);

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final TransactionRecorder recorder = new TransactionRecorder();
    private final CatalogDatabase recorded = new CatalogDatabase(recorder.wrap(neo4j.driver()));
    private final ToolContext context = ToolContext.over(CatalogGraph.over(recorded), McpSettings.DEFAULTS);
    private final Map<String, CatalogTool<?>> tools = CatalogTools.all(context).stream()
            .collect(Collectors.toMap(CatalogTool::name, tool -> tool));

    @BeforeAll
    void seedCatalog() {
        neo4j.clean();
        ContractCatalog.seed(CatalogGraph.over(neo4j.database()));
    }

    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("get_owner", Map.of("entity", "component:default/payments-service")),
                Arguments.of("get_owner", Map.of("entity", "ledger")),
                Arguments.of("get_entity", Map.of("entity", "component:default/payments-service")),
                Arguments.of("get_entity", Map.of("entity", "Payments Team")),
                Arguments.of("get_entity", Map.of("entity", "resource:default/ghost-cache", "since", "30d",
                        "asOf", "2026-11-01T10:00:00Z")),
                Arguments.of("list_entities", Map.of("kind", "component", "owner", "platform", "limit", 10)),
                Arguments.of("list_entities", Map.of("kind", "component", "system", "payments")),
                Arguments.of("list_entities", Map.of("owner", "group:default/platform", "changedSince", "7d")),
                Arguments.of("search_entities", Map.of("query", "payments")),
                Arguments.of("get_dependencies", Map.of("entity", "mobile-app", "depth", 3)),
                Arguments.of("get_dependents", Map.of("entity", "resource:default/shared-cache", "depth", 3)),
                Arguments.of("find_path", Map.of("from", "mobile-app", "to", "group:default/payments-team")),
                Arguments.of("get_team", Map.of("team", "platform")),
                Arguments.of("get_user", Map.of("user", "alice")),
                Arguments.of("get_system", Map.of("system", "payments")),
                Arguments.of("get_api", Map.of("api", "payments-api")),
                Arguments.of("get_repository_context", Map.of("repository", "payments-service")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void answersInOneReadTransaction(String tool, Map<String, Object> arguments) {
        recorder.clear();

        CallToolResult result = tools.get(tool).call(arguments, context.freshness());

        assertThat(result.isError()).as("%s", result.content()).isFalse();
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("lastIngestAt", ContractCatalog.LAST_INGEST_AT);
        assertThat(recorder.transactions()).containsExactly(ONE_READ);
    }

    @Test
    void answersAMistakeInOneReadTransactionToo() {
        recorder.clear();

        CallToolResult result = tools.get("get_owner").call(Map.of("entity", "paymnts-servce"),
                context.freshness());

        assertThat(result.isError()).isTrue();
        assertThat(recorder.transactions()).containsExactly(ONE_READ);
    }

    /** query_graph plans the query (EXPLAIN) and runs it in one transaction of its own, under the query timeout. */
    @Test
    void runsQueryGraphInATransactionOfItsOwnBesideTheFreshnessRead() {
        recorder.clear();

        CallToolResult result = tools.get("query_graph").call(Map.of("cypher",
                "MATCH (c:Component) RETURN count(c) AS components"), context.freshness());

        assertThat(result.isError()).as("%s", result.content()).isFalse();
        Recorded own = new Recorded(AccessMode.READ, Opened.EXPLICIT);
        assertThat(recorder.transactions()).containsExactly(own, ONE_READ);
    }

    @Test
    void aReadOutsideAToolCallStillOpensItsOwnTransaction() {
        recorder.clear();

        context.freshness().lastIngestAt();
        context.freshness().lastIngestAt();

        assertThat(recorder.transactions()).isEqualTo(List.of(ONE_READ, ONE_READ));
    }
}
