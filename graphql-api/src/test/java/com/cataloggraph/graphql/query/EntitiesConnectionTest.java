package com.cataloggraph.graphql.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.EntityQueries;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.ParameterizedTypeReference;

/** {@code entities}: every filter, and paging with stable cursors. */
class EntitiesConnectionTest extends GraphQlApiTest {

    private static final List<String> ALL = List.of(
            "api:default/payments-api",
            "component:default/checkout-web",
            "component:default/ledger",
            "component:default/mobile-app",
            "component:default/payments-service",
            "domain:default/commerce",
            "group:default/payments-team",
            "group:default/platform",
            "resource:default/ledger-db",
            "resource:default/payments-db",
            "system:default/payments",
            "user:default/alice",
            "user:default/bob");

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    static List<Arguments> filters() {
        return List.of(
                Arguments.of(Map.of(), ALL),
                Arguments.of(Map.of("kind", "Component"), List.of("component:default/checkout-web",
                        "component:default/ledger", "component:default/mobile-app", "component:default/payments-service")),
                Arguments.of(Map.of("type", "database"), List.of("resource:default/ledger-db",
                        "resource:default/payments-db")),
                Arguments.of(Map.of("lifecycle", "experimental"), List.of("component:default/checkout-web")),
                Arguments.of(Map.of("kind", "component", "lifecycle", "production"), List.of("component:default/ledger",
                        "component:default/mobile-app", "component:default/payments-service")),
                Arguments.of(Map.of("owner", "payments-team"), List.of("api:default/payments-api",
                        "component:default/ledger", "component:default/payments-service", "resource:default/ledger-db",
                        "resource:default/payments-db", "system:default/payments")),
                Arguments.of(Map.of("owner", "bob"), List.of("component:default/checkout-web")),
                Arguments.of(Map.of("system", "payments"), List.of("api:default/payments-api",
                        "component:default/payments-service", "resource:default/payments-db")),
                Arguments.of(Map.of("domain", "commerce"), List.of("api:default/payments-api",
                        "component:default/payments-service", "resource:default/payments-db", "system:default/payments")),
                Arguments.of(Map.of("tag", "pci"), List.of("component:default/payments-service")),
                Arguments.of(Map.of("namespace", "default", "kind", "user"), List.of("user:default/alice",
                        "user:default/bob")),
                Arguments.of(Map.of("text", "CARD"), List.of("component:default/payments-service")),
                Arguments.of(Map.of("kind", "resource", "includeMissing", true), List.of("resource:default/ghost-cache",
                        "resource:default/ledger-db", "resource:default/payments-db")),
                Arguments.of(Map.of("namespace", "other"), List.of()));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void filtersByEveryField(Map<String, Object> filter, List<String> expected) {
        List<Map<String, String>> nodes = graphQl.documentName("entityRefs").variable("filter", filter).execute()
                .path("entities.nodes").entity(new ParameterizedTypeReference<List<Map<String, String>>>() { }).get();

        assertThat(nodes).extracting(node -> node.get("ref")).containsExactlyElementsOf(expected);
    }

    @Test
    void pagesThroughEverythingWithoutDuplicatesOrGaps() {
        List<String> seen = new ArrayList<>();
        String after = null;
        List<Boolean> hasNext = new ArrayList<>();
        do {
            var response = graphQl.documentName("entities").variable("first", 5).variable("after", after).execute();
            List<String> page = response.path("entities.nodes[*].ref").entityList(String.class).get();
            List<String> edgeRefs = response.path("entities.edges[*].node.ref").entityList(String.class).get();
            List<String> cursors = response.path("entities.edges[*].cursor").entityList(String.class).get();
            Map<String, Object> info = response.path("entities.pageInfo")
                    .entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
            response.path("entities.totalCount").entity(Integer.class).isEqualTo(13);

            assertThat(edgeRefs).isEqualTo(page);
            assertThat(cursors).containsExactlyElementsOf(page.stream().map(ref -> EntityQueries.cursorAfter(EntityFilter.NONE, ref)).toList());
            assertThat(info).containsEntry("hasPreviousPage", after != null)
                    .containsEntry("startCursor", cursors.getFirst()).containsEntry("endCursor", cursors.getLast());
            seen.addAll(page);
            hasNext.add((Boolean) info.get("hasNextPage"));
            after = (String) info.get("endCursor");
        } while (hasNext.getLast());

        assertThat(hasNext).containsExactly(true, true, false);
        assertThat(seen).containsExactlyElementsOf(ALL);
    }

    @Test
    void aCursorStaysValidWhileTheCatalogChanges() {
        var firstPage = graphQl.documentName("entities").variable("first", 4).execute();
        String after = firstPage.path("entities.pageInfo.endCursor").entity(String.class).get();
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().database());
        TestCatalog added = new TestCatalog();
        added.add("api:default/aaa-api").type("openapi");
        added.add("component:default/zzz-worker").type("service");
        added.writeTo(graph.writer());
        try {
            List<String> rest = graphQl.documentName("entities").variable("first", 100).variable("after", after)
                    .execute().path("entities.nodes[*].ref").entityList(String.class).get();

            List<String> expected = new ArrayList<>(ALL.subList(4, ALL.size()));
            expected.add(1, "component:default/zzz-worker");
            assertThat(rest).containsExactlyElementsOf(expected);
        } finally {
            graph.writer().delete(List.of(EntityRef.parse("api:default/aaa-api"), EntityRef.parse("component:default/zzz-worker")));
        }
    }

    @Test
    void anEmptyPageHasNoCursors() {
        graphQl.documentName("entities").variable("filter", Map.of("tag", "nope")).execute()
                .path("entities").matchesJsonStrictly("""
                        {
                          "edges": [],
                          "nodes": [],
                          "pageInfo": {"hasNextPage": false, "hasPreviousPage": false, "startCursor": null, "endCursor": null},
                          "totalCount": 0
                        }
                        """);
    }

    @Test
    void refusesACursorItDidNotHandOut() {
        graphQl.documentName("entities").variable("after", "not-a-cursor").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("Invalid cursor: it was not issued for this query (other "
                            + "filters or arguments) or was changed. Pass the nextCursor of the previous page unchanged, "
                            + "with the same arguments, or omit it to start from the first page.");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getExtensions()).containsEntry("argument", "after")
                            .containsEntry("value", "not-a-cursor");
                }));
    }

    @Test
    void refusesAPageOfNothing() {
        graphQl.documentName("entities").variable("first", 0).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("Argument first must be at least 1, was 0");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                }));
    }

    @Test
    void refusesAnOwnerFilterThatMatchesNothing() {
        graphQl.documentName("entityRefs").variable("filter", Map.of("owner", "group:default/nobody")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).startsWith(
                            "No entity matches \"group:default/nobody\" (argument filter.owner)");
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                    assertThat(error.getExtensions()).containsEntry("argument", "filter.owner");
                }));
    }
}
