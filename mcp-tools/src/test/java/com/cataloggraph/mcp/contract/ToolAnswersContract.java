package com.cataloggraph.mcp.contract;

import static com.cataloggraph.mcp.testing.ContractCatalog.CROWD;
import static com.cataloggraph.mcp.testing.ContractCatalog.LAST_INGEST_AT;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each tool answers, as exact data from the contract catalog. */
public abstract class ToolAnswersContract extends ContractSession {
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

    /** A hub: 55 members and 55 components, read 20 of each, every relation shown, the cut said. */
    @Test
    void getEntityShowsAHubsRelationsEvenlyAndSaysWhereItCutThem() {
        Map<String, Object> answer = ok("get_entity", Map.of("entity", "group:default/platform"));

        List<String> relations = maps(answer.get("relations")).stream()
                .map(r -> r.get("relation") + " " + r.get("ref")).toList();
        assertThat(relations).hasSize(43).startsWith("parentOf group:default/payments-team",
                        "hasMember user:default/member-01")
                .contains("hasMember user:default/member-20", "ownerOf component:default/worker-20")
                .doesNotContain("hasMember user:default/member-21", "ownerOf component:default/worker-21")
                .endsWith("ownerOf domain:default/commerce", "ownerOf resource:default/shared-cache");
        assertThat(maps(answer.get("relationsCut"))).containsExactly(
                Map.of("relation", "hasMember", "kind", "User", "total", CROWD, "shown", 20),
                Map.of("relation", "ownerOf", "kind", "Component", "total", CROWD, "shown", 20));
        assertThat(answer.get("note")).isEqualTo("Showing 43 of 113 relations, at most 20 per relation and kind: "
                + "hasMember User 20 of 55, ownerOf Component 20 of 55; get_team, get_system, get_api, list_entities "
                + "(owner/system filters) or query_graph list the rest.");
    }

    @Test
    void listPagesThroughWhatAnOwnerOwns() {
        Map<String, Object> first = ok("list_entities", Map.of("kind", "component", "owner", "platform"));
        assertThat(first).containsEntry("total", CROWD);
        assertThat(refs(first.get("items"))).hasSize(50).startsWith("component:default/worker-01");

        Map<String, Object> second = ok("list_entities", Map.of("kind", "component", "owner", "platform",
                "cursor", first.get("nextCursor")));
        assertThat(refs(second.get("items"))).containsExactly("component:default/worker-51",
                "component:default/worker-52", "component:default/worker-53", "component:default/worker-54",
                "component:default/worker-55");
        assertThat(second).containsEntry("total", CROWD).doesNotContainKey("nextCursor");
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
        assertThat(refs(map(team.get("members")).get("items"))).hasSize(20).first().isEqualTo("user:default/member-01");
        assertThat(refs(map(team.get("children")).get("items"))).containsExactly("group:default/payments-team");
        assertThat(maps(team.get("owns"))).extracting(o -> o.get("kind") + " " + o.get("total"))
                .containsExactly("Component 55", "Domain 1", "Resource 1");
        assertThat((String) team.get("note")).isEqualTo("Members cut at 20; pass members (up to 50) for more. "
                + "Lists cut at 50; list_entities with owner=\"group:default/platform\" pages through what it owns.");
    }

    @Test
    void getTeamAndGetOwnerListAsManyMembersAsAskedAndAlwaysCountThem() {
        Map<String, Object> team = ok("get_team", Map.of("team", "platform", "members", 3));
        assertThat(map(team.get("members"))).containsEntry("total", CROWD);
        assertThat(refs(map(team.get("members")).get("items"))).containsExactly("user:default/member-01",
                "user:default/member-02", "user:default/member-03");

        Map<String, Object> owner = map(maps(ok("get_owner", Map.of("entity", "worker-07")).get("owners")).getFirst());
        assertThat(map(owner.get("members"))).containsEntry("total", CROWD);
        assertThat(refs(map(owner.get("members")).get("items"))).hasSize(10);
        assertThat(text(call("get_owner", Map.of("entity", "worker-07", "members", 0)))).contains(
                "members (55): (55 not listed)", "Members cut at 0; pass members (up to 50) for more, or get_team.");
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
}
