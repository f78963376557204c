package com.cataloggraph.mcp.contract;

import static com.cataloggraph.mcp.testing.ContractCatalog.CROWD;
import static com.cataloggraph.mcp.testing.ContractCatalog.LAST_INGEST_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ResourceReference;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MCP server's contract, as any client sees it, run over every transport by a ~10-line
 * subclass that seeds {@link com.cataloggraph.mcp.testing.ContractCatalog} where its server
 * reads and connects the SDK's own client. Expectations are exact data from that catalog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class McpContractTest {

    static final List<String> TOOLS = List.of("search_entities", "get_entity", "get_owner", "get_dependencies",
            "get_dependents", "find_path", "get_team", "get_user", "get_system", "get_api", "list_entities",
            "get_repository_context", "query_graph");

    protected McpSyncClient client;

    /** How long the client's initialize took: for a process, its start-up. */
    protected Duration startup;

    /** Seeds the contract catalog where the server reads it, and returns a client (not yet initialized). */
    protected abstract McpSyncClient connect() throws Exception;

    /** Stops what {@link #connect} started, after the client closed. */
    protected void disconnect() throws Exception {
    }

    @BeforeAll
    void connectClient() throws Exception {
        long started = System.nanoTime();
        client = connect();
        client.initialize();
        startup = Duration.ofNanos(System.nanoTime() - started);
    }

    @AfterAll
    void closeClient() throws Exception {
        if (client != null) {
            client.closeGracefully();
        }
        disconnect();
    }

    // ---- the tool list -------------------------------------------------------------------

    @Test
    void listsExactlyTheThirteenToolsAllAnnotatedReadOnly() {
        List<Tool> tools = client.listTools().tools();

        assertThat(tools).extracting(Tool::name).containsExactlyElementsOf(TOOLS);
        assertThat(tools).allSatisfy(tool -> {
            assertThat(tool.annotations().readOnlyHint()).isTrue();
            assertThat(tool.annotations().idempotentHint()).isTrue();
            assertThat(tool.annotations().destructiveHint()).isFalse();
            assertThat(tool.annotations().openWorldHint()).isFalse();
            assertThat(tool.description()).isNotBlank().hasSizeLessThan(560);
            assertThat(tool.inputSchema()).containsEntry("type", "object");
            assertThat(tool.outputSchema()).containsEntry("type", "object");
            assertThat(tool.outputSchema().get("required")).asInstanceOf(InstanceOfAssertFactories.LIST)
                    .contains("lastIngestAt");
        });
    }

    /** Agents pay for the tool list in every session; the issue asks for under 3,000 tokens (characters / 4). */
    @Test
    void theToolListCostsUnderThreeThousandTokens() throws Exception {
        String json = McpJson.MAPPER.writeValueAsString(client.listTools());
        int tokens = json.length() / 4;

        java.nio.file.Files.writeString(java.nio.file.Path.of("target/tools-list.json"), json);
        System.out.println("tools/list: " + json.length() + " characters, about " + tokens + " tokens");
        assertThat(tokens).isLessThan(3000);
    }

    @Test
    void theServerNamesItselfAndOffersResourcesAndCompletions() {
        assertThat(client.getServerInfo().name()).isEqualTo("catalog-graph");
        assertThat(client.getServerCapabilities().tools()).isNotNull();
        assertThat(client.getServerCapabilities().resources()).isNotNull();
        assertThat(client.getServerCapabilities().completions()).isNotNull();
        assertThat(client.getServerInstructions()).contains("loose name");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "search_entities        | {\"query\": \"ledger\"}",
            "get_entity             | {\"entity\": \"ledger\"}",
            "get_owner              | {\"entity\": \"ledger\"}",
            "get_dependencies       | {\"entity\": \"ledger\"}",
            "get_dependents         | {\"entity\": \"ledger\"}",
            "find_path              | {\"from\": \"alice\", \"to\": \"ledger\"}",
            "get_team               | {\"team\": \"payments-team\"}",
            "get_user               | {\"user\": \"alice\"}",
            "get_system             | {\"system\": \"payments\"}",
            "get_api                | {\"api\": \"payments-api\"}",
            "list_entities          | {\"kind\": \"domain\"}",
            "get_repository_context | {\"repository\": \"payments-service\"}",
            "query_graph            | {\"cypher\": \"RETURN 1 AS one\"}"})
    void everyToolAnswersWithStructuredContentTextAndTheLastIngestTime(String tool, String arguments) {
        CallToolResult result = client.callTool(new CallToolRequest(McpJson.MAPPER, tool, arguments));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(structured(result)).containsEntry("lastIngestAt", LAST_INGEST_AT);
        assertThat(text(result)).isNotBlank().doesNotStartWith("{").endsWith("(catalog as of " + LAST_INGEST_AT + ")");
    }

    // ---- entities ------------------------------------------------------------------------

    @Test
    void getEntityResolvesALooseNameInAnyCaseAndListsDirectRelations() {
        Map<String, Object> answer = ok("get_entity", Map.of("entity", "Payments-Service"));

        Map<String, Object> entity = map(answer.get("entity"));
        assertThat(entity).containsEntry("ref", "component:default/payments-service").containsEntry("kind", "Component")
                .containsEntry("type", "service").containsEntry("lifecycle", "production")
                .containsEntry("description", "Takes card payments").containsEntry("tags", List.of("java", "pci"))
                .containsEntry("annotations", Map.of("github.com/project-slug", "acme/payments-service"))
                .containsEntry("repository", "payments-service")
                .containsEntry("repositoryUrl", "https://git.example.com/acme/payments-service.git");
        assertThat(maps(answer.get("relations"))).extracting(r -> r.get("relation") + " " + r.get("ref"))
                .containsExactly(
                        "dependsOn component:default/ledger",
                        "dependsOn resource:default/payments-db",
                        "ownedBy group:default/payments-team",
                        "partOf system:default/payments",
                        "providesApi api:default/payments-api");
    }

    @Test
    void getEntityRendersACompactText() {
        CallToolResult result = call("get_entity", Map.of("entity", "component:default/ledger"));

        assertThat(text(result)).isEqualTo("""
                component:default/ledger [library, production]
                dependsOn: resource:default/ledger-db
                dependencyOf: component:default/payments-service
                ownedBy: group:default/payments-team
                (catalog as of %s)""".formatted(LAST_INGEST_AT));
    }

    @Test
    void getEntityShowsAMissingRefAndWhatPointsAtIt() {
        Map<String, Object> answer = ok("get_entity", Map.of("entity", "ghost-cache"));

        assertThat(map(answer.get("entity"))).containsEntry("ref", "resource:default/ghost-cache")
                .containsEntry("missing", true);
        assertThat(maps(answer.get("relations"))).extracting(r -> r.get("relation") + " " + r.get("ref"))
                .containsExactly("dependencyOf component:default/mobile-app");
    }

    @Test
    void anUnknownNameIsAnErrorThatSuggestsTheNearestNames() {
        CallToolResult result = call("get_entity", Map.of("entity", "payment-servise"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("No entity matches \"payment-servise\". Nearest: ")
                .contains("component:default/payments-service")
                .endsWith(". Call again with one of these refs as entity, or use search_entities.");
    }

    @Test
    void anAmbiguousNameIsAnErrorListingTheCandidates() {
        CallToolResult result = call("get_entity", Map.of("entity", "platform"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("\"platform\" matches 2 entities: component:default/platform, "
                + "group:default/platform. Call again with one of these refs as entity.");
    }

    @Test
    void searchFindsByWordsBestFirstAndFilters() {
        Map<String, Object> answer = ok("search_entities", Map.of("query", "card payments"));
        assertThat(refs(answer.get("results"))).first().isEqualTo("component:default/payments-service");
        assertThat(maps(answer.get("results")).getFirst()).containsEntry("description", "Takes card payments");

        Map<String, Object> resources = ok("search_entities", Map.of("query", "ledger", "kind", "resource"));
        assertThat(refs(resources.get("results"))).containsExactly("resource:default/ledger-db");
    }

    @Test
    void listFiltersByTypeAndByALooseOwnerName() {
        assertThat(refs(ok("list_entities", Map.of("type", "database")).get("items")))
                .containsExactly("resource:default/ledger-db", "resource:default/payments-db");

        Map<String, Object> owned = ok("list_entities", Map.of("kind", "component", "owner", "payments-team"));
        assertThat(refs(owned.get("items"))).containsExactly("component:default/ledger",
                "component:default/payments-service");
        assertThat(owned).containsEntry("total", 2).doesNotContainKey("nextCursor");
    }

    @Test
    void listPagesWithAnOpaqueCursorAndIsBoundedToFiftyItems() {
        Map<String, Object> first = ok("list_entities", Map.of("kind", "user"));
        assertThat(first).containsEntry("total", CROWD + 2);
        assertThat(refs(first.get("items"))).hasSize(50).startsWith("user:default/alice", "user:default/bob",
                "user:default/member-01");

        Map<String, Object> second = ok("list_entities", Map.of("kind", "user", "cursor", first.get("nextCursor")));
        assertThat(refs(second.get("items"))).containsExactly("user:default/member-49", "user:default/member-50",
                "user:default/member-51", "user:default/member-52", "user:default/member-53", "user:default/member-54",
                "user:default/member-55");
        assertThat(second).doesNotContainKey("nextCursor");
    }

    @Test
    void anInvalidCursorIsAnErrorTheAgentCanRead() {
        CallToolResult result = call("list_entities", Map.of("kind", "user", "cursor", "not-a-cursor"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("Invalid cursor \"not-a-cursor\": pass the nextCursor of a previous page "
                + "unchanged, or omit it to start from the first page");
    }

    // ---- ownership -----------------------------------------------------------------------

    @Test
    void getOwnerResolvesAGroupToMembersContactsAndParents() {
        Map<String, Object> answer = ok("get_owner", Map.of("entity", "ledger"));

        assertThat(map(answer.get("entity"))).containsEntry("ref", "component:default/ledger");
        Map<String, Object> owner = map(maps(answer.get("owners")).getFirst());
        assertThat(map(owner.get("owner"))).containsEntry("ref", "group:default/payments-team")
                .containsEntry("email", "payments@example.com").containsEntry("title", "Payments Team");
        assertThat(map(owner.get("members"))).containsEntry("total", 2);
        assertThat(maps(map(owner.get("members")).get("items"))).extracting(m -> m.get("ref") + " " + m.get("email"))
                .containsExactly("user:default/alice alice@example.com", "user:default/bob bob@example.com");
        assertThat(refs(owner.get("parents"))).containsExactly("group:default/platform");
        assertThat(text(call("get_owner", Map.of("entity", "ledger")))).isEqualTo("""
                component:default/ledger is owned by group:default/payments-team (Payments Team) [team] <payments@example.com>
                  members (2): user:default/alice <alice@example.com>, user:default/bob <bob@example.com>
                  parent groups: group:default/platform [root] <platform@example.com>
                (catalog as of %s)""".formatted(LAST_INGEST_AT));
    }

    @Test
    void getOwnerOfAUserOwnedEntityGivesThatUsersGroups() {
        Map<String, Object> owner = map(maps(ok("get_owner", Map.of("entity", "checkout-web")).get("owners")).getFirst());

        assertThat(map(owner.get("owner"))).containsEntry("ref", "user:default/bob").containsEntry("email",
                "bob@example.com");
        assertThat(refs(owner.get("groups"))).containsExactly("group:default/payments-team");
        assertThat(owner).doesNotContainKeys("members", "parents");
    }

    @Test
    void anEntityWithoutOwnerSaysSo() {
        CallToolResult result = call("get_owner", Map.of("entity", "mobile-app"));

        assertThat(structured(result).get("owners")).isEqualTo(List.of());
        assertThat(text(result)).startsWith("component:default/mobile-app has no owner in the catalog.");
    }

    @Test
    void getTeamListsPeopleOrgChartAndWhatItOwnsByKind() {
        Map<String, Object> team = ok("get_team", Map.of("team", "Payments Team"));

        assertThat(map(team.get("team"))).containsEntry("ref", "group:default/payments-team");
        assertThat(refs(team.get("parents"))).containsExactly("group:default/platform");
        assertThat(map(team.get("children"))).containsEntry("total", 0);
        assertThat(refs(map(team.get("members")).get("items"))).containsExactly("user:default/alice",
                "user:default/bob");
        assertThat(maps(team.get("owns"))).extracting(o -> o.get("kind") + " " + o.get("total") + " " + refs(o.get("items")))
                .containsExactly(
                        "API 1 [api:default/payments-api]",
                        "Component 2 [component:default/ledger, component:default/payments-service]",
                        "Resource 2 [resource:default/ledger-db, resource:default/payments-db]",
                        "System 1 [system:default/payments]");
    }

    @Test
    void getTeamBoundsABigTeamAndSaysHowToGetTheRest() {
        Map<String, Object> team = ok("get_team", Map.of("team", "platform"));

        assertThat(map(team.get("members"))).containsEntry("total", CROWD);
        assertThat(refs(map(team.get("members")).get("items"))).hasSize(50).first().isEqualTo("user:default/member-01");
        assertThat(refs(map(team.get("children")).get("items"))).containsExactly("group:default/payments-team");
        assertThat(maps(team.get("owns"))).extracting(o -> o.get("kind") + " " + o.get("total"))
                .containsExactly("Component 55", "Domain 1", "Resource 1");
        assertThat((String) team.get("note")).isEqualTo("Lists cut at 50; list_entities with "
                + "owner=\"group:default/platform\" pages through what it owns, query_graph lists all members.");
    }

    @Test
    void aToolForOneKindRefusesAnotherKindAndNamesTheRightTool() {
        CallToolResult result = call("get_team", Map.of("team", "alice"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("\"alice\" is user:default/alice, a User, but team must be a Group. "
                + "Use get_user for it, or pass a Group such as group:default/team-a.");
    }

    @Test
    void getUserListsGroupsAndWhatTheyOwnDirectlyAndThroughGroups() {
        Map<String, Object> user = ok("get_user", Map.of("user", "bob"));

        assertThat(map(user.get("user"))).containsEntry("ref", "user:default/bob").containsEntry("email",
                "bob@example.com");
        assertThat(refs(user.get("groups"))).containsExactly("group:default/payments-team");
        assertThat(maps(user.get("owns"))).extracting(o -> o.get("kind") + " " + refs(o.get("items")))
                .containsExactly("Component [component:default/checkout-web]");
        Map<String, Object> through = maps(user.get("ownsThroughGroups")).getFirst();
        assertThat(through).containsEntry("group", "group:default/payments-team");
        assertThat(maps(through.get("owns"))).extracting(o -> o.get("kind") + " " + o.get("total"))
                .containsExactly("API 1", "Component 2", "Resource 2", "System 1");
    }

    // ---- systems and APIs ------------------------------------------------------------------

    @Test
    void getSystemGivesDomainOwnerAndParts() {
        Map<String, Object> system = ok("get_system", Map.of("system", "payments"));

        assertThat(map(system.get("system"))).containsEntry("ref", "system:default/payments");
        assertThat(refs(system.get("domain"))).containsExactly("domain:default/commerce");
        assertThat(refs(system.get("owners"))).containsExactly("group:default/payments-team");
        assertThat(maps(system.get("parts"))).extracting(p -> p.get("kind") + " " + refs(p.get("items")))
                .containsExactly("API [api:default/payments-api]", "Component [component:default/payments-service]",
                        "Resource [resource:default/payments-db]");
    }

    @Test
    void getApiGivesOwnerProvidersConsumersAndTheDefinitionsStart() {
        Map<String, Object> api = ok("get_api", Map.of("api", "payments-api"));

        assertThat(map(api.get("api"))).containsEntry("ref", "api:default/payments-api").containsEntry("type", "openapi")
                .containsEntry("lifecycle", "production");
        assertThat(refs(api.get("owners"))).containsExactly("group:default/payments-team");
        assertThat(refs(api.get("systems"))).containsExactly("system:default/payments");
        assertThat(refs(map(api.get("providers")).get("items"))).containsExactly("component:default/payments-service");
        assertThat(refs(map(api.get("consumers")).get("items"))).containsExactly("component:default/checkout-web");
        assertThat(map(api.get("definition"))).containsEntry("path", "payments-service/openapi.yaml")
                .containsEntry("lines", 1).containsEntry("excerpt", "openapi: 3.0.0");
    }

    // ---- dependencies --------------------------------------------------------------------

    @Test
    void directDependenciesByDefault() {
        Map<String, Object> answer = ok("get_dependencies", Map.of("entity", "payments-service"));

        assertThat(answer).containsEntry("entity", "component:default/payments-service").containsEntry("depth", 1)
                .containsEntry("total", 2);
        assertThat(maps(answer.get("items"))).extracting(h -> h.get("ref") + " " + h.get("direct") + " " + h.get("relation"))
                .containsExactly("component:default/ledger true dependsOn", "resource:default/payments-db true dependsOn");
    }

    @Test
    void transitiveDependenciesFilteredToDatabasesSayThroughWhat() {
        CallToolResult result = call("get_dependencies", Map.of("entity", "payments-service", "depth", 3,
                "kind", "resource", "type", "database"));

        assertThat(maps(structured(result).get("items")))
                .extracting(h -> h.get("ref") + " depth=" + h.get("depth") + " via=" + h.get("via"))
                .containsExactly("resource:default/payments-db depth=1 via=component:default/payments-service",
                        "resource:default/ledger-db depth=2 via=component:default/ledger");
        assertThat(text(result)).isEqualTo("""
                component:default/payments-service depends on 2 (depth 3):
                - resource:default/payments-db [database] · direct (dependsOn)
                - resource:default/ledger-db [database] · depth 2 via component:default/ledger (dependsOn)
                (catalog as of %s)""".formatted(LAST_INGEST_AT));
    }

    @Test
    void dependenciesThroughAConsumedApiNameTheApiAndMarkMissingTargets() {
        assertThat(maps(ok("get_dependencies", Map.of("entity", "checkout-web")).get("items")))
                .extracting(h -> h.get("ref") + " " + h.get("relation") + " " + h.get("api"))
                .containsExactly("api:default/payments-api consumesApi null",
                        "component:default/payments-service consumesApi api:default/payments-api");
        assertThat(maps(ok("get_dependencies", Map.of("entity", "mobile-app", "kind", "resource")).get("items")))
                .extracting(h -> h.get("ref") + " missing=" + h.get("missing"))
                .containsExactly("resource:default/ghost-cache missing=true");
    }

    @Test
    void dependentsWalkUpTheChainNearestFirst() {
        assertThat(maps(ok("get_dependents", Map.of("entity", "ledger-db", "depth", 5)).get("items")))
                .extracting(h -> h.get("ref") + "@" + h.get("depth") + " " + h.get("relation"))
                .containsExactly("component:default/ledger@1 dependencyOf",
                        "component:default/payments-service@2 dependencyOf",
                        "component:default/checkout-web@3 apiConsumedBy",
                        "component:default/mobile-app@4 dependencyOf");
    }

    @Test
    void dependentsPageWithACursorBoundToTheQuestion() {
        Map<String, Object> first = ok("get_dependents", Map.of("entity", "shared-cache"));
        assertThat(first).containsEntry("total", CROWD);
        assertThat(refs(first.get("items"))).hasSize(50).first().isEqualTo("component:default/worker-01");

        Map<String, Object> second = ok("get_dependents", Map.of("entity", "shared-cache", "cursor",
                first.get("nextCursor")));
        assertThat(refs(second.get("items"))).containsExactly("component:default/worker-51",
                "component:default/worker-52", "component:default/worker-53", "component:default/worker-54",
                "component:default/worker-55");
        assertThat(second).doesNotContainKey("nextCursor");

        CallToolResult elsewhere = call("get_dependents", Map.of("entity", "ledger-db", "cursor", first.get("nextCursor")));
        assertThat(elsewhere.isError()).isTrue();
        assertThat(text(elsewhere)).startsWith("Invalid cursor");
    }

    @Test
    void aDepthBeyondFiveIsAnErrorSayingTheLimit() {
        CallToolResult result = call("get_dependencies", Map.of("entity", "ledger", "depth", 9));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Tool (get_dependencies) input validation failed")
                .contains("/depth: must have a maximum value of 5");
    }

    @Test
    void aMissingArgumentIsAnErrorNamingIt() {
        CallToolResult result = call("get_owner", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Tool (get_owner) input validation failed").contains("entity");
    }

    @Test
    void findPathReadsEachHopInItsDirection() {
        CallToolResult result = call("find_path", Map.of("from", "alice", "to", "component:default/ledger"));

        assertThat(maps(structured(result).get("hops"))).extracting(h -> h.get("from") + " " + h.get("relation") + " "
                        + h.get("to"))
                .containsExactly("user:default/alice memberOf group:default/payments-team",
                        "group:default/payments-team ownerOf component:default/ledger");
        assertThat(text(result)).startsWith("user:default/alice -memberOf-> group:default/payments-team -ownerOf-> "
                + "component:default/ledger (2 hops)");
    }

    // ---- repositories --------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"git@git.example.com:acme/payments-service.git", "https://git.example.com/acme/payments-service",
            "acme/payments-service", "payments-service"})
    void repositoryContextByUrlSlugOrFolder(String repository) {
        Map<String, Object> answer = ok("get_repository_context", Map.of("repository", repository));

        assertThat(map(answer.get("repository"))).containsEntry("name", "payments-service")
                .containsEntry("url", "https://git.example.com/acme/payments-service.git");
        assertThat(refs(answer.get("entities"))).containsExactly("api:default/payments-api",
                "component:default/payments-service");
        assertThat(refs(answer.get("owners"))).containsExactly("group:default/payments-team");
        assertThat(refs(answer.get("systems"))).containsExactly("system:default/payments");
        assertThat(refs(answer.get("providesApis"))).containsExactly("api:default/payments-api");
        assertThat(refs(answer.get("consumesApis"))).isEmpty();
        assertThat(refs(answer.get("dependsOn"))).containsExactly("component:default/ledger",
                "resource:default/payments-db");
        assertThat(refs(answer.get("dependents"))).containsExactly("component:default/checkout-web");
    }

    @Test
    void anUnknownRepositoryIsAnErrorSayingWhatWasTried() {
        CallToolResult result = call("get_repository_context", Map.of("repository", "https://github.com/acme/nope.git"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("No catalog entity comes from a repository matching "
                + "\"https://github.com/acme/nope.git\" (tried it as URL, group/repo slug and folder name nope). "
                + "Check the name, or find the service with search_entities.");
    }

    // ---- query_graph ---------------------------------------------------------------------

    @Test
    void queryGraphRunsReadOnlyCypherWithParameters() {
        Map<String, Object> answer = ok("query_graph", Map.of(
                "cypher", "MATCH (c:Component)-[:OWNED_BY]->(:Group {ref: $team}) RETURN c.ref AS ref ORDER BY ref",
                "params", Map.of("team", "group:default/payments-team")));

        assertThat(answer).containsEntry("columns", List.of("ref")).containsEntry("truncated", false);
        assertThat(answer.get("rows")).isEqualTo(List.of(Map.of("ref", "component:default/ledger"),
                Map.of("ref", "component:default/payments-service")));
    }

    @Test
    void queryGraphCapsRowsAndSaysHowToGetMore() {
        Map<String, Object> answer = ok("query_graph", Map.of("cypher", "MATCH (u:User) RETURN u.ref ORDER BY u.ref",
                "limit", 3));

        assertThat(maps(answer.get("rows"))).hasSize(3);
        assertThat(answer).containsEntry("truncated", true)
                .containsEntry("note", "Stopped at 3 rows; add ORDER BY with SKIP, or narrow the MATCH.");
    }

    @ParameterizedTest(name = "refuses {0}")
    @CsvSource(delimiter = '|', value = {
            "CREATE              | CREATE (n:Entity {ref: 'x:y/z'})                                   | Refused: the query writes to the graph",
            "MERGE               | MERGE (n:Entity {ref: 'component:default/ledger'})                  | Refused: the query writes to the graph",
            "SET                 | MATCH (n:Component {ref: 'component:default/ledger'}) SET n.title = 'x' | Refused: the query writes to the graph",
            "DELETE              | MATCH (n:Resource {ref: 'resource:default/ledger-db'}) DETACH DELETE n | Refused: the query writes to the graph",
            "REMOVE              | MATCH (n:Component {ref: 'component:default/ledger'}) REMOVE n.title  | Refused: the query writes to the graph",
            "LOAD CSV            | LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line               | Refused: LOAD CSV reads files or URLs",
            "a write procedure   | CALL db.createLabel('Hacked')                                        | Refused: procedure db.createLabel is not allowed",
            "an admin procedure  | CALL dbms.listConfig() YIELD name RETURN name                        | Refused: procedure dbms.listConfig is not allowed",
            "an admin command    | SHOW TRANSACTIONS                                                    | Refused: ShowTransactions is an administration command",
            "a schema change     | CREATE INDEX hack FOR (n:Entity) ON (n.title)                        | Refused: the query changes the schema"})
    void queryGraphRefusesWhatWritesOrReachesOutside(String form, String cypher, String message) {
        CallToolResult result = call("query_graph", Map.of("cypher", cypher));

        assertThat(result.isError()).as(form).isTrue();
        assertThat(text(result)).startsWith(message);
        assertThat(ok("get_entity", Map.of("entity", "component:default/ledger")).get("entity"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).doesNotContainEntry("title", "x");
    }

    // ---- resources -------------------------------------------------------------------------

    @Test
    void eachEntityIsAResourceBehindOneTemplate() {
        assertThat(client.listResourceTemplates().resourceTemplates()).singleElement()
                .satisfies(t -> assertThat(t.uriTemplate()).isEqualTo("catalog://entity/{kind}/{namespace}/{name}"));

        var contents = client.readResource(new ReadResourceRequest("catalog://entity/api/default/payments-api"))
                .contents();
        assertThat(contents).singleElement().satisfies(c -> {
            assertThat(c.mimeType()).isEqualTo("application/json");
            assertThat(((TextResourceContents) c).text()).contains("\"ref\":\"api:default/payments-api\"",
                    "\"definition\":\"openapi: 3.0.0\"", "\"relation\":\"apiConsumedBy\"",
                    "\"lastIngestAt\":\"" + LAST_INGEST_AT + "\"");
        });
    }

    @Test
    void readingAnUnknownEntityIsAProtocolError() {
        assertThatThrownBy(() -> client.readResource(new ReadResourceRequest("catalog://entity/component/default/nope")))
                .isInstanceOf(McpError.class).hasMessageContaining("No entity component:default/nope in the catalog");
    }

    @Test
    void completesKindsNamespacesAndNamesOfTheTemplate() {
        ResourceReference template = new ResourceReference("catalog://entity/{kind}/{namespace}/{name}");

        assertThat(complete(template, "kind", "re", Map.of())).containsExactly("resource");
        assertThat(complete(template, "namespace", "", Map.of("kind", "component"))).containsExactly("default");
        assertThat(complete(template, "name", "pay", Map.of("kind", "component", "namespace", "default")))
                .containsExactly("payments-service");
        assertThat(complete(template, "name", "ledger", Map.of())).containsExactly("ledger", "ledger-db");
    }

    // ---- helpers -----------------------------------------------------------------------------

    protected CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }

    /** The structured answer of a call that must succeed. */
    protected Map<String, Object> ok(String tool, Map<String, Object> arguments) {
        CallToolResult result = call(tool, arguments);
        assertThat(result.isError()).as(tool + ": " + text(result)).isFalse();
        return structured(result);
    }

    private List<String> complete(ResourceReference template, String argument, String value, Map<String, String> chosen) {
        return client.completeCompletion(new CompleteRequest(template, new CompleteRequest.CompleteArgument(argument,
                value), new CompleteRequest.CompleteContext(chosen))).completion().values();
    }

    protected static Map<String, Object> structured(CallToolResult result) {
        return map(result.structuredContent());
    }

    protected static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    protected static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> maps(Object value) {
        return (List<Map<String, Object>>) value;
    }

    protected static List<String> refs(Object entities) {
        return maps(entities).stream().map(e -> (String) e.get("ref")).toList();
    }

    /** The JSON mapper the SDK uses, for requests written as JSON text. */
    static final class McpJson {
        static final io.modelcontextprotocol.json.McpJsonMapper MAPPER =
                io.modelcontextprotocol.json.McpJsonDefaults.getMapper();
    }
}
