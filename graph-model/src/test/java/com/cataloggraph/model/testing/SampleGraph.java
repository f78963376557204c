package com.cataloggraph.model.testing;

import static com.cataloggraph.model.vocabulary.RelationType.CHILD_OF;
import static com.cataloggraph.model.vocabulary.RelationType.CONSUMES_API;
import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.MEMBER_OF;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static com.cataloggraph.model.vocabulary.RelationType.PART_OF;
import static com.cataloggraph.model.vocabulary.RelationType.PROVIDES_API;

/**
 * A small hand-built company for query tests:
 *
 * <pre>
 * group platform ◄─childOf─ group payments-team ◄─memberOf─ user alice, user bob
 * domain commerce ◄─partOf─ system payments
 * component payments-service (service, production) ─ownedBy→ payments-team, ─partOf→ payments,
 *     ─providesApi→ api payments-api, ─dependsOn→ resource payments-db, ─dependsOn→ component ledger
 * component ledger (library) ─ownedBy→ payments-team, ─dependsOn→ resource ledger-db
 * component checkout-web (website) ─ownedBy→ user bob, ─consumesApi→ payments-api
 * component mobile-app ─dependsOn→ checkout-web, ─dependsOn→ resource ghost-cache (never defined)
 * </pre>
 */
public final class SampleGraph {

    private SampleGraph() {
    }

    public static TestCatalog build() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("group:default/platform").type("root").title("Platform").email("platform@example.com");
        catalog.add("group:default/payments-team").type("team").title("Payments Team")
                .email("payments@example.com").relate(CHILD_OF, "group:default/platform");
        catalog.add("user:default/alice").email("alice@example.com").relate(MEMBER_OF, "group:default/payments-team");
        catalog.add("user:default/bob").email("bob@example.com").relate(MEMBER_OF, "group:default/payments-team");
        catalog.add("domain:default/commerce").relate(OWNED_BY, "group:default/platform");
        catalog.add("system:default/payments").title("Payments").relate(OWNED_BY, "group:default/payments-team")
                .relate(PART_OF, "domain:default/commerce");
        catalog.add("component:default/payments-service").type("service").lifecycle("production")
                .description("Takes card payments").tags("java", "pci")
                .annotation("github.com/project-slug", "acme/payments-service")
                .source("payments-service", "https://git.example.com/acme/payments-service.git",
                        "payments-service/catalog-info.yaml")
                .relate(OWNED_BY, "group:default/payments-team").relate(PART_OF, "system:default/payments")
                .relate(PROVIDES_API, "api:default/payments-api").relate(DEPENDS_ON, "resource:default/payments-db")
                .relate(DEPENDS_ON, "component:default/ledger");
        catalog.add("api:default/payments-api").type("openapi").lifecycle("production")
                .definition("openapi: 3.0.0", "payments-service/openapi.yaml")
                .source("payments-service", "https://git.example.com/acme/payments-service.git",
                        "payments-service/catalog-info.yaml")
                .relate(OWNED_BY, "group:default/payments-team").relate(PART_OF, "system:default/payments");
        catalog.add("resource:default/payments-db").type("database").relate(OWNED_BY, "group:default/payments-team")
                .relate(PART_OF, "system:default/payments");
        catalog.add("component:default/ledger").type("library").lifecycle("production")
                .relate(OWNED_BY, "group:default/payments-team").relate(DEPENDS_ON, "resource:default/ledger-db");
        catalog.add("resource:default/ledger-db").type("database").relate(OWNED_BY, "group:default/payments-team");
        catalog.add("component:default/checkout-web").type("website").lifecycle("experimental")
                .relate(OWNED_BY, "user:default/bob").relate(CONSUMES_API, "api:default/payments-api");
        catalog.add("component:default/mobile-app").type("website").lifecycle("production")
                .relate(DEPENDS_ON, "component:default/checkout-web")
                .relate(DEPENDS_ON, "resource:default/ghost-cache");
        return catalog;
    }
}
