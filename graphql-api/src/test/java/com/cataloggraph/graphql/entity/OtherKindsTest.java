package com.cataloggraph.graphql.entity;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kinds and shapes the sample catalog does not have: locations, templates, custom kinds, profiles,
 * links and labels, names shared across kinds, and relations to kinds a field cannot hold.
 */
class OtherKindsTest extends GraphQlApiTest {

    @BeforeAll
    static void writeCatalog() {
        TestNeo4j neo4j = TestNeo4j.get().clean();
        TestCatalog catalog = new TestCatalog();
        catalog.add("location:default/root").type("url").spec("target", "./catalog-info.yaml")
                .spec("targets", List.of("./a.yaml", "./b.yaml"));
        catalog.add("template:default/new-service").type("service").title("New service")
                .relate(OWNED_BY, "group:default/platform-team");
        catalog.add("environment:ops/production").type("kubernetes").relate(OWNED_BY, "user:default/carol");
        catalog.add("user:default/carol").spec("profile", Map.of("displayName", "Carol", "email", "carol@example.com",
                "picture", "https://example.com/carol.png"));
        catalog.add("system:default/billing");
        catalog.add("component:default/billing").type("service").label("tier", "1")
                .link("https://billing.example.com", "Dashboard");
        catalog.add("component:default/odd").type("service").relate(OWNED_BY, "system:default/billing")
                .relate(DEPENDS_ON, "system:default/billing").relate(DEPENDS_ON, "resource:default/cache");
        catalog.add("group:default/lonely").type("team");
        catalog.add("component:default/retired").type("service");
        CatalogGraph graph = CatalogGraph.over(neo4j.database());
        catalog.writeTo(graph.writer());
        graph.writer().markOrphans(List.of(EntityRef.parse("component:default/retired")));
    }

    @Test
    void aLocationListsItsTargets() {
        graphQl.document("{ entity(ref: \"location:root\") { __typename ... on Location { type targets } } }")
                .execute().path("entity").matchesJsonStrictly("""
                        {"__typename": "Location", "type": "url", "targets": ["./catalog-info.yaml", "./a.yaml", "./b.yaml"]}
                        """);
    }

    @Test
    void aTemplateIsOwnedEvenByAGroupNoDescriptorDefines() {
        graphQl.document("""
                        { entity(ref: "template:new-service") {
                            __typename title ... on Template { owner { __typename ... on Group { ref missing } } } } }""")
                .execute().path("entity").matchesJsonStrictly("""
                        {"__typename": "Template", "title": "New service",
                         "owner": {"__typename": "Group", "ref": "group:default/platform-team", "missing": true}}
                        """);
    }

    @Test
    void aCustomKindIsAGenericEntityWithItsOwnKind() {
        graphQl.document("""
                        { entity(ref: "environment:ops/production") {
                            __typename kind namespace type ... on Owned { owner { ... on User { ref } } } } }""")
                .execute().path("entity").matchesJsonStrictly("""
                        {"__typename": "GenericEntity", "kind": "environment", "namespace": "ops", "type": "kubernetes",
                         "owner": {"ref": "user:default/carol"}}
                        """);
    }

    @Test
    void aUserProfileIncludesThePicture() {
        graphQl.document("{ entity(ref: \"carol\") { ... on User { profile { displayName email picture } } } }")
                .execute().path("entity.profile").matchesJsonStrictly("""
                        {"displayName": "Carol", "email": "carol@example.com", "picture": "https://example.com/carol.png"}
                        """);
    }

    @Test
    void labelsAndLinks() {
        graphQl.document("{ entity(ref: \"component:billing\") { labels { key value } links { url title icon type } } }")
                .execute().path("entity").matchesJsonStrictly("""
                        {"labels": [{"key": "tier", "value": "1"}],
                         "links": [{"url": "https://billing.example.com", "title": "Dashboard", "icon": null, "type": null}]}
                        """);
    }

    @Test
    void aNameSharedByTwoKindsIsAmbiguous() {
        graphQl.document("{ entity(ref: \"billing\") { ref } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("\"billing\" (argument ref) matches 2 entities: "
                            + "component:default/billing, system:default/billing; pass one of these full refs");
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getExtensions()).containsEntry("candidates",
                            List.of("component:default/billing", "system:default/billing"));
                }))
                .path("entity").valueIsNull();
    }

    @Test
    void relationsToKindsAFieldCannotHoldShowOnlyInRelations() {
        graphQl.document("""
                        { entity(ref: "component:odd") {
                            ... on Component { owner { __typename } dependsOn { ... on Entity { ref } } }
                            relations { type target { ref } } } }""")
                .execute().path("entity").matchesJsonStrictly("""
                        {
                          "owner": null,
                          "dependsOn": [{"ref": "resource:default/cache"}],
                          "relations": [
                            {"type": "dependsOn", "target": {"ref": "resource:default/cache"}},
                            {"type": "dependsOn", "target": {"ref": "system:default/billing"}},
                            {"type": "ownedBy", "target": {"ref": "system:default/billing"}}
                          ]
                        }
                        """);
    }

    @Test
    void anEntityWhoseDescriptorDisappearedIsAnOrphan() {
        graphQl.document("{ entity(ref: \"retired\") { orphan missing } catalogStats { orphans } }").execute()
                .path("entity").matchesJsonStrictly("{\"orphan\": true, \"missing\": false}")
                .path("catalogStats.orphans").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void noPathBetweenUnconnectedEntitiesIsNull() {
        graphQl.document("{ path(from: \"lonely\", to: \"component:odd\") { length } }").execute()
                .path("path").valueIsNull();
    }
}
