package com.cataloggraph.model.query;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Exact ref, then exact name, then title, then near names; never a silent pick of an entity the
 * caller did not mean. The catalog adds a billing group (name and title "billing"/"Billing") and
 * billing-service, billing-api and billing-db to the sample company, as the catalog had.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NameResolutionTest {

    private static final List<String> OWNED = List.of("component", "api", "resource", "system", "domain");
    private static final List<String> DEPENDING = List.of("component", "api", "resource");

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database());

    @BeforeAll
    void writeCatalog() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
        TestCatalog billing = new TestCatalog();
        billing.add("group:default/billing").type("team").title("Billing");
        billing.add("group:default/finance").type("team").title("Money Matters");
        billing.add("component:default/billing-service").type("service").title("Billing Service")
                .relate(OWNED_BY, "group:default/billing").relate(DEPENDS_ON, "resource:default/billing-db");
        billing.add("api:default/billing-api").type("openapi").relate(OWNED_BY, "group:default/billing");
        billing.add("resource:default/billing-db").type("database").relate(OWNED_BY, "group:default/billing");
        billing.add("component:default/invoices").title("Money Matters").relate(OWNED_BY, "group:default/finance");
        billing.writeTo(graph.writer());
    }

    @Test
    void anExactRefWinsOverEverything() {
        assertThat(graph.entities().resolve("group:default/billing", DEPENDING).match().ref())
                .isEqualTo("group:default/billing");
    }

    @Test
    void anExactNameIsFoundWhenTheCallerExpectsAnyKind() {
        assertThat(graph.entities().resolve("billing").match().ref()).isEqualTo("group:default/billing");
    }

    @Test
    void aNameOfAnUnexpectedKindListsTheExpectedKindsThatCarryTheWordToo() {
        Resolution owner = graph.entities().resolve("billing", OWNED);

        assertThat(owner.isAmbiguous()).isTrue();
        assertThat(owner.candidates()).extracting(EntitySummary::ref).containsExactlyInAnyOrder(
                "group:default/billing", "component:default/billing-service", "api:default/billing-api",
                "resource:default/billing-db");
        assertThat(owner.candidates().getFirst().ref()).isEqualTo("group:default/billing");
    }

    @Test
    void aTitleOfAnUnexpectedKindListsTheCandidatesToo() {
        Resolution dependents = graph.entities().resolve("Billing", DEPENDING);

        assertThat(dependents.isAmbiguous()).isTrue();
        assertThat(dependents.candidates()).extracting(EntitySummary::ref).contains("group:default/billing",
                "component:default/billing-service");
    }

    @Test
    void anExactNameBeatsATitle() {
        // "Money Matters" is the title of a group and of a component: ambiguous among titles...
        assertThat(graph.entities().resolve("money matters").candidates()).extracting(EntitySummary::ref)
                .containsExactly("component:default/invoices", "group:default/finance");
        // ...while a name is one entity, though a title elsewhere says the same.
        assertThat(graph.entities().resolve("invoices").match().ref()).isEqualTo("component:default/invoices");
    }

    @Test
    void theExpectedKindPicksAmongTitles() {
        assertThat(graph.entities().resolve("Money Matters", List.of("group")).match().ref())
                .isEqualTo("group:default/finance");
    }

    @Test
    void aTitleIsUsedWhenNoNameMatches() {
        assertThat(graph.entities().resolve("Billing Service", DEPENDING).match().ref())
                .isEqualTo("component:default/billing-service");
    }

    @Test
    void aNameOfTheExpectedKindIsTakenAtOnce() {
        assertThat(graph.entities().resolve("billing", List.of("group")).match().ref())
                .isEqualTo("group:default/billing");
        assertThat(graph.entities().resolve("billing-db", DEPENDING).match().ref())
                .isEqualTo("resource:default/billing-db");
    }

    @Test
    void nothingMatchingGivesNearNamesOnly() {
        Resolution typo = graph.entities().resolve("biling-servise");

        assertThat(typo.isFound()).isFalse();
        assertThat(typo.isAmbiguous()).isFalse();
        assertThat(typo.suggestions()).extracting(EntitySummary::ref).contains("component:default/billing-service");
    }
}
