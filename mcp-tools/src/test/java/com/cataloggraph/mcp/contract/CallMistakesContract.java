package com.cataloggraph.mcp.contract;

import static com.cataloggraph.mcp.testing.ContractCatalog.BROKEN_FILE;
import static com.cataloggraph.mcp.testing.ContractCatalog.PARTIAL_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mistakes an agent makes, names that could mean several things, and the ingest problems behind a
 * repository: each mistake answered with a tool error (never a protocol error) that says how to
 * correct the call and never repeats a long input.
 */
public abstract class CallMistakesContract extends ToolAnswersContract {

    // ---- names ---------------------------------------------------------------------------

    @Test
    void anUnknownNameIsAnErrorThatSuggestsTheNearestNames() {
        CallToolResult result = call("get_entity", Map.of("entity", "payment-servise"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("No entity matches \"payment-servise\". Nearest: ")
                .contains("component:default/payments-service (Component)")
                .endsWith(". Call again with one of these refs as entity, or use search_entities.");
    }

    @Test
    void anAmbiguousNameIsAnErrorListingTheCandidatesWithKindAndTitle() {
        CallToolResult result = call("get_entity", Map.of("entity", "platform"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("\"platform\" could mean 2 entities: component:default/platform "
                + "(Component), group:default/platform (Group). Call again with one of these refs as entity.");
    }

    /** The get_dependents "Billing": a name of another kind is never taken silently when services carry it. */
    @Test
    void aNameOfAnotherKindThanTheToolExpectsListsTheEntitiesThatCarryTheWord() {
        CallToolResult result = call("get_dependents", Map.of("entity", "Payments"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("\"Payments\" could mean ")
                .contains("system:default/payments (System)", "component:default/payments-service (Component)",
                        "resource:default/payments-db (Resource)")
                .endsWith(". Call again with one of these refs as entity.");
    }

    @Test
    void aToolThatWantsOneKindTakesThatKindAmongSameNamedEntities() {
        assertThat(map(ok("get_team", Map.of("team", "platform")).get("team"))).containsEntry("ref",
                "group:default/platform");
        assertThat(map(ok("get_owner", Map.of("entity", "payments")).get("entity"))).containsEntry("ref",
                "system:default/payments");
    }

    @Test
    void aToolForOneKindRefusesAnotherKindAndNamesTheRightTool() {
        CallToolResult result = call("get_team", Map.of("team", "alice"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("\"alice\" is user:default/alice, a User, but team must be a Group. "
                + "Use get_user for it, or pass a Group such as group:default/team-a.");
    }

    // ---- input bounds (issue 16; issue 20 item 2) ------------------------------------------

    @Test
    void aNameOfTwoHundredThousandCharactersIsAShortErrorThatDoesNotRepeatIt() {
        CallToolResult result = call("get_entity", Map.of("entity", "x".repeat(200_000)));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("entity: The entity name or ref has 200,000 characters; at most 300 are "
                + "accepted. Pass a ref such as component:default/payments, or a name or title.");
        assertThat(ok("get_entity", Map.of("entity", "ledger")).get("entity")).isNotNull();
    }

    @Test
    void aFiveThousandWordSearchIsAToolErrorNotAnInternalError() {
        CallToolResult result = call("search_entities", Map.of("query", String.join(" ",
                java.util.Collections.nCopies(5_000, "pay")).substring(0, 480)));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("The search text has 120 words; at most 16 are accepted. Search with a "
                + "few words.");
    }

    @Test
    void aLongRepositoryIsAToolError() {
        CallToolResult result = call("get_repository_context", Map.of("repository", "r".repeat(20_000)));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("The repository URL or name has 20,000 characters; at most 500");
    }

    // ---- filters ----------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "kind      | componnet | No entity has kind \"componnet\". Did you mean component,",
            "type      | databse   | No entity has type \"databse\". Did you mean database,",
            "lifecycle | prodution | No entity has lifecycle \"prodution\". Did you mean production,"})
    void aMistypedFilterValueIsAnErrorSuggestingTheKnownOnes(String filter, String value, String message) {
        CallToolResult listed = call("list_entities", Map.of(filter, value));
        CallToolResult searched = call("search_entities", Map.of("query", "payments", filter, value));

        assertThat(listed.isError()).isTrue();
        assertThat(text(listed)).startsWith(message);
        assertThat(text(searched)).startsWith(message);
    }

    @Test
    void aKnownFilterValueWithNoMatchIsAnEmptyAnswer() {
        Map<String, Object> answer = ok("list_entities", Map.of("kind", "template"));

        assertThat(answer).containsEntry("total", 0);
    }

    @Test
    void aMistypedKindInADependencyWalkIsAnError() {
        CallToolResult result = call("get_dependencies", Map.of("entity", "payments-service", "kind", "resorce"));

        assertThat(text(result)).startsWith("No entity has kind \"resorce\". Did you mean resource");
    }

    // ---- cursors -------------------------------------------------------------------------

    @Test
    void anInvalidCursorIsAnErrorThatDoesNotRepeatIt() {
        CallToolResult result = call("list_entities", Map.of("kind", "user", "cursor", "not-a-cursor"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("Invalid cursor: it was not issued for this query (other filters or "
                + "arguments) or was changed. Pass the nextCursor of the previous page unchanged, with the same "
                + "arguments, or omit it to start from the first page.");
    }

    @Test
    void aCursorOfAnotherFilterIsAnErrorNotAnEmptyPage() {
        Object users = ok("list_entities", Map.of("kind", "user")).get("nextCursor");

        CallToolResult components = call("list_entities", Map.of("kind", "component", "cursor", users));

        assertThat(components.isError()).isTrue();
        assertThat(text(components)).startsWith("Invalid cursor: it was not issued for this query");
    }

    // ---- find_path --------------------------------------------------------------------------

    @Test
    void findPathCanKeepToADependencyChain() {
        Map<String, Object> chain = ok("find_path", Map.of("from", "checkout-web", "to", "ledger-db",
                "relations", "dependsOn,consumesApi,apiProvidedBy"));

        assertThat(maps(chain.get("hops"))).extracting(h -> h.get("relation") + " " + h.get("to")).containsExactly(
                "consumesApi api:default/payments-api", "apiProvidedBy component:default/payments-service",
                "dependsOn component:default/ledger", "dependsOn resource:default/ledger-db");

        Map<String, Object> backward = ok("find_path", Map.of("from", "ledger-db", "to", "checkout-web",
                "relations", "dependsOn,consumesApi,apiProvidedBy", "direction", "backward"));
        assertThat(maps(backward.get("hops"))).extracting(h -> (String) h.get("relation")).containsExactly(
                "dependencyOf", "dependencyOf", "providesApi", "apiConsumedBy");
    }

    @Test
    void findPathAlongRelationsThatDoNotConnectSaysSo() {
        CallToolResult result = call("find_path", Map.of("from", "alice", "to", "ledger", "relations", "dependsOn"));

        assertThat(structured(result)).containsEntry("found", false);
        assertThat(text(result)).startsWith("No path between user:default/alice and component:default/ledger within "
                + "12 hops along dependsOn; drop relations or use direction=both to look further.");
    }

    @Test
    void anUnknownRelationIsAnErrorListingTheKnownOnes() {
        CallToolResult result = call("find_path", Map.of("from", "alice", "to", "ledger", "relations", "dependOn"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Unknown relation \"dependOn\". Did you mean dependsOn,")
                .contains("Relations: ownedBy, ownerOf, dependsOn, dependencyOf");
    }

    // ---- schema and argument checks ---------------------------------------------------------

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

    // ---- repositories and ingest problems ---------------------------------------------------

    @Test
    void anUnknownRepositoryIsAnErrorSayingWhatWasTried() {
        CallToolResult result = call("get_repository_context", Map.of("repository", "https://github.com/acme/nope.git"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("No catalog entity comes from a repository matching "
                + "\"https://github.com/acme/nope.git\" (tried it as URL, group/repo slug and folder name nope). "
                + "Check the name, or find the service with search_entities.");
    }

    @Test
    void aRepositoryWhoseOnlyDescriptorFailedShowsTheFailureNotNothing() {
        CallToolResult result = call("get_repository_context", Map.of("repository", "broken-repo"));

        Map<String, Object> answer = structured(result);
        assertThat(answer.get("entities")).isEqualTo(List.of());
        assertThat(maps(answer.get("problems"))).singleElement().isEqualTo(Map.of("file", BROKEN_FILE,
                "status", "FAILED", "kept", List.of(),
                "problems", List.of(BROKEN_FILE + ":17: YAML syntax: mapping values are not allowed here [yaml-syntax]")));
        assertThat(text(result)).contains("ingest FAILED: " + BROKEN_FILE + " (no entity kept from it)\n  "
                + BROKEN_FILE + ":17: YAML syntax: mapping values are not allowed here [yaml-syntax]");
    }

    @Test
    void entityAndRepositoryAnswersShowPartlyUsedFilesWithWhatWasKept() {
        Map<String, Object> entity = ok("get_entity", Map.of("entity", "payments-service"));
        Map<String, Object> repository = ok("get_repository_context", Map.of("repository", "payments-service"));

        Map<String, Object> expected = Map.of("file", PARTIAL_FILE, "status", "PARTIAL",
                "kept", List.of("component:default/payments-service", "api:default/payments-api"),
                "problems", List.of(PARTIAL_FILE + ":31: spec.owner: spec.owner \"group:\" is not a valid entity ref "
                        + "[entity-ref]"));
        assertThat(maps(entity.get("problems"))).containsExactly(expected);
        assertThat(maps(repository.get("problems"))).containsExactly(expected);
        assertThat(ok("get_entity", Map.of("entity", "ledger"))).doesNotContainKey("problems");
    }
}
