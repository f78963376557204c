package com.cataloggraph.agentsmd.run;

import static com.cataloggraph.model.vocabulary.RelationType.CHILD_OF;
import static com.cataloggraph.model.vocabulary.RelationType.MEMBER_OF;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static com.cataloggraph.model.vocabulary.RelationType.PART_OF;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;

/**
 * A catalog for bulk runs: three repositories under two teams of one parent group.
 *
 * <pre>
 * group platform ◄─childOf─ payments-team (alice, gitlab login "alice.gl") owns payments-service (system payments), ledger
 *                ◄─childOf─ web-team (bob) owns checkout-web
 * </pre>
 */
public final class RunCatalog {

    private RunCatalog() {
    }

    public static CatalogGraph load() {
        TestNeo4j.get().clean();
        CatalogGraph graph = CatalogGraph.over(TestNeo4j.get().database());
        TestCatalog catalog = new TestCatalog();
        catalog.add("group:default/platform").type("root").title("Platform");
        catalog.add("group:default/payments-team").type("team").title("Payments Team").email("payments@example.com")
                .annotation("github.com/team-slug", "acme/payments").relate(CHILD_OF, "group:default/platform");
        catalog.add("group:default/web-team").type("team").title("Web Team").relate(CHILD_OF, "group:default/platform");
        catalog.add("user:default/alice").email("alice@example.com").annotation("gitlab.com/user-login", "alice.gl")
                .relate(MEMBER_OF, "group:default/payments-team");
        catalog.add("user:default/bob").email("bob@example.com").relate(MEMBER_OF, "group:default/web-team");
        catalog.add("system:default/payments").relate(OWNED_BY, "group:default/payments-team");
        catalog.add("component:default/payments-service").type("service").lifecycle("production")
                .source("payments-service", "https://gitlab.example.com/acme/payments-service.git",
                        "payments-service/catalog-info.yaml")
                .relate(OWNED_BY, "group:default/payments-team").relate(PART_OF, "system:default/payments");
        catalog.add("component:default/ledger").type("library").lifecycle("production")
                .source("ledger", "https://gitlab.example.com/acme/ledger.git", "ledger/catalog-info.yaml")
                .relate(OWNED_BY, "group:default/payments-team");
        catalog.add("component:default/checkout-web").type("website").lifecycle("experimental")
                .source("checkout-web", "https://gitlab.example.com/acme/checkout-web.git", "checkout-web/catalog-info.yaml")
                .relate(OWNED_BY, "group:default/web-team");
        catalog.writeTo(graph.writer());
        return graph;
    }
}
