package com.cataloggraph.graphql.limit;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.graphql.SampleCatalog;
import graphql.introspection.IntrospectionQuery;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Hostile queries are refused before anything is read, each with an error naming its limit. */
@Tag("security")
class QueryLimitsTest extends GraphQlApiTest {

    @BeforeAll
    static void writeCatalog() {
        SampleCatalog.write();
    }

    @Test
    void refusesADepthBomb() {
        // entity, 11 × children, ref
        String query = "{ entity(ref: \"platform\") { ... on Group { " + "children { ".repeat(11) + "ref"
                + " }".repeat(11) + " } } }";

        assertRefused(graphQl.document(query).execute(), "max-depth", 12, 13,
                "The query nests fields 13 levels deep; at most 12 are allowed (catalog.graphql.max-depth)");
    }

    @Test
    void allowsTheDeepestQueryWithinTheLimit() {
        // entity, 10 × parent, ref: single relations, so deep but cheap
        String query = "{ entity(ref: \"payments-team\") { ... on Group { " + "parent { ".repeat(10) + "ref"
                + " }".repeat(10) + " } } }";

        graphQl.document(query).execute().path("entity").matchesJsonStrictly("{\"parent\": {\"parent\": null}}");
    }

    @Test
    void refusesAnAliasBomb() {
        String query = IntStream.range(0, 31).mapToObj(i -> "a" + i + ": entity(ref: \"ledger\") { ref }")
                .collect(Collectors.joining(" ", "{ ", " }"));

        assertRefused(graphQl.document(query).execute(), "max-aliases", 30, 31,
                "The query uses 31 aliases; at most 30 are allowed (catalog.graphql.max-aliases)");
    }

    @Test
    void countsAliasesInFragmentsEveryTimeTheyAreSpread() {
        String fragment = IntStream.range(0, 8).mapToObj(i -> "r" + i + ": ref")
                .collect(Collectors.joining(" ", "fragment Refs on Entity { ", " }"));
        String query = "{ a: entity(ref: \"ledger\") { ...Refs } b: entity(ref: \"alice\") { ...Refs } "
                + "c: entity(ref: \"bob\") { ...Refs } d: entity(ref: \"commerce\") { ...Refs } } " + fragment;

        assertRefused(graphQl.document(query).execute(), "max-aliases", 30, 36,
                "The query uses 36 aliases; at most 30 are allowed (catalog.graphql.max-aliases)");
    }

    @Test
    void refusesAHugePage() {
        assertRefused(graphQl.document("{ entities(first: 100000) { nodes { ref } } }").execute(),
                "max-page-size", 100, 100000, "first: 100000 on entities asks for more than the largest page, 100; "
                        + "page through with after instead (catalog.graphql.max-page-size)");
    }

    @Test
    void refusesAHugePageAskedForThroughAVariable() {
        var response = graphQl.document("query ($n: Int) { search(text: \"payments\", first: $n) { score } }")
                .variable("n", 5000).execute();

        assertRefused(response, "max-page-size", 100, 5000, "first: 5000 on search asks for more than the largest "
                + "page, 100; page through with after instead (catalog.graphql.max-page-size)");
    }

    @Test
    void refusesAQueryThatFansOutTooFar() {
        // 1 + 100 × (nodes 1 + members (1 + 10 × memberOf (1 + 10 × members (1 + 10 × ref 1)))) = 111201
        String query = "{ entities(first: 100) { nodes { ... on Group { members { memberOf { members { ref } } } } } } }";

        assertRefused(graphQl.document(query).execute(), "max-complexity", 5000, 111201,
                "The query's estimated cost is 111201, above the limit of 5000; select fewer fields, ask for smaller "
                        + "pages or nest fewer lists (catalog.graphql.max-complexity)");
    }

    @Test
    void allowsAFullPageOfComponentsWithOwnerSystemAndDependencies() {
        String query = """
                { entities(filter: {kind: "component"}, first: 100) {
                    nodes { ref ... on Component { owner { ... on Entity { ref } } system { ref } dependsOn { ... on Entity { ref } } } }
                } }""";

        graphQl.document(query).execute().path("entities.nodes[*].ref").entityList(String.class).hasSize(4);
    }

    @Test
    void allowsGraphiqlsIntrospectionQuery() {
        graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    private static void assertRefused(GraphQlTester.Response response, String limit, int max, int actual,
                                      String message) {
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            ResponseError error = errors.getFirst();
            assertThat(error.getMessage()).isEqualTo(message);
            assertThat(error.getExtensions()).isEqualTo(Map.of("classification", "LIMIT_EXCEEDED", "limit", limit,
                    "max", max, "actual", actual));
        }).path("").pathDoesNotExist();
    }
}
