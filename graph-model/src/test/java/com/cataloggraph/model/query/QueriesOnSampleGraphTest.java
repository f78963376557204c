package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueriesOnSampleGraphTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogGraph graph = CatalogGraph.over(neo4j.database(), 3);

    @BeforeAll
    void writeSampleGraph() {
        neo4j.clean();
        SampleGraph.build().writeTo(graph.writer());
        graph.runs().start("run-1", Instant.parse("2026-11-01T10:00:00Z"), "sample");
        graph.runs().finish("run-1", Instant.parse("2026-11-01T10:00:05Z"), "succeeded",
                Map.of("entities", 13L, "errors", 0L));
    }

    @Nested
    class Lookup {

        @Test
        void findsAnEntityByCanonicalRefWithEverythingStored() {
            StoredEntity api = graph.entities().find("API:default/payments-api").orElseThrow();

            assertThat(api.summary().kind()).isEqualTo("API");
            assertThat(api.summary().type()).isEqualTo("openapi");
            assertThat(api.definition()).isEqualTo("openapi: 3.0.0");
            assertThat(api.definitionPath()).isEqualTo("payments-service/openapi.yaml");
            assertThat(api.spec()).containsEntry("type", "openapi").doesNotContainKey("definition");
            assertThat(api.repositoryUrl()).isEqualTo("https://git.example.com/acme/payments-service.git");
        }

        @Test
        void findsNothingForAnUnknownRef() {
            assertThat(graph.entities().find("component:default/nope")).isEmpty();
        }

        @Test
        void readsLabelsAnnotationsAndTagsBack() {
            StoredEntity service = graph.entities().find("component:default/payments-service").orElseThrow();

            assertThat(service.tags()).containsExactly("java", "pci");
            assertThat(service.annotations()).containsExactly(Map.entry("github.com/project-slug",
                    "acme/payments-service"));
        }
    }

    @Nested
    class Resolve {

        @Test
        void resolvesABareNameInAnyCase() {
            assertThat(graph.entities().resolve("Payments-Service").match().ref())
                    .isEqualTo("component:default/payments-service");
        }

        @Test
        void resolvesKindAndNameWithoutNamespace() {
            assertThat(graph.entities().resolve("component:ledger").match().ref())
                    .isEqualTo("component:default/ledger");
        }

        @Test
        void resolvesNamespaceAndName() {
            assertThat(graph.entities().resolve("default/ledger").match().ref()).isEqualTo("component:default/ledger");
        }

        @Test
        void resolvesATitle() {
            assertThat(graph.entities().resolve("payments team").match().ref())
                    .isEqualTo("group:default/payments-team");
        }

        @Test
        void listsCandidatesWhenANameIsAmbiguous() {
            graph.writer().writeAll(List.of(), List.of());
            Resolution payments = graph.entities().resolve("payments");

            assertThat(payments.isFound()).isTrue();
            assertThat(payments.match().ref()).isEqualTo("system:default/payments");
        }

        @Test
        void prefersTheExpectedKindAmongSeveralMatches() {
            var extra = new com.cataloggraph.model.testing.TestCatalog();
            extra.add("component:default/platform").type("service");
            extra.writeTo(graph.writer());
            try {
                Resolution ambiguous = graph.entities().resolve("platform");
                assertThat(ambiguous.isAmbiguous()).isTrue();
                assertThat(ambiguous.candidates()).extracting(EntitySummary::ref)
                        .containsExactly("component:default/platform", "group:default/platform");

                assertThat(graph.entities().resolve("platform", List.of("group")).match().ref())
                        .isEqualTo("group:default/platform");
            } finally {
                graph.writer().delete(List.of(com.cataloggraph.model.ref.EntityRef.parse(
                        "component:default/platform")));
            }
        }

        @Test
        void suggestsNearNamesWhenNothingMatches() {
            Resolution typo = graph.entities().resolve("payment-servise");

            assertThat(typo.isFound()).isFalse();
            assertThat(typo.isAmbiguous()).isFalse();
            assertThat(typo.suggestions()).extracting(EntitySummary::ref).contains("component:default/payments-service");
        }
    }

    @Nested
    class Relations {

        @Test
        void listsDirectRelationsInBothDirectionsWithBackstageNames() {
            List<String> relations = graph.entities().relations("api:default/payments-api").stream()
                    .map(r -> r.relation() + " " + r.other().ref()).toList();

            assertThat(relations).containsExactlyInAnyOrder(
                    "ownedBy group:default/payments-team",
                    "partOf system:default/payments",
                    "apiProvidedBy component:default/payments-service",
                    "apiConsumedBy component:default/checkout-web");
        }

        @Test
        void loadsRelationsOfManyEntitiesInOneRoundTrip() {
            long before = neo4j.database().transactionCount();

            Map<String, List<EntityRelation>> byRef = graph.entities().relationsOf(
                    List.of("user:default/alice", "user:default/bob"));

            assertThat(neo4j.database().transactionCount() - before).isEqualTo(1);
            assertThat(byRef.get("user:default/bob")).extracting(EntityRelation::relation)
                    .containsExactlyInAnyOrder("memberOf", "ownerOf");
        }

        @Test
        void marksTargetsThatNoDescriptorDefines() {
            EntityRelation ghost = graph.entities().relations("component:default/mobile-app").stream()
                    .filter(r -> r.other().ref().equals("resource:default/ghost-cache")).findFirst().orElseThrow();

            assertThat(ghost.other().missing()).isTrue();
            assertThat(ghost.other().kind()).isEqualTo("Resource");
        }
    }

    @Nested
    class Listing {

        @Test
        void pagesThroughAllComponentsWithoutGapsOrDuplicates() {
            List<String> seen = new ArrayList<>();
            String cursor = null;
            do {
                Page<EntitySummary> page = graph.entities().list(EntityFilter.ofKind("component"), 2, cursor);
                page.items().forEach(item -> seen.add(item.ref()));
                cursor = page.nextCursor();
            } while (cursor != null);

            assertThat(seen).containsExactly("component:default/checkout-web", "component:default/ledger",
                    "component:default/mobile-app", "component:default/payments-service");
        }

        @Test
        void filtersByTypeOwnerSystemDomainAndTag() {
            assertThat(refs(EntityFilter.NONE.withType("database")))
                    .containsExactly("resource:default/ledger-db", "resource:default/payments-db");
            assertThat(refs(EntityFilter.ofKind("component").withOwner("group:default/payments-team")))
                    .containsExactly("component:default/ledger", "component:default/payments-service");
            assertThat(refs(new EntityFilter(null, null, null, null, "system:default/payments", null, null, null,
                    null, false)))
                    .containsExactly("api:default/payments-api", "component:default/payments-service",
                            "resource:default/payments-db");
            assertThat(refs(new EntityFilter(null, null, null, null, null, "domain:default/commerce", null, null,
                    null, false)))
                    .contains("system:default/payments", "component:default/payments-service");
            assertThat(refs(EntityFilter.NONE.withTag("pci"))).containsExactly("component:default/payments-service");
        }

        @Test
        void leavesMissingRefsOutUnlessAsked() {
            EntityFilter resources = EntityFilter.ofKind("resource");
            EntityFilter withMissing = new EntityFilter("resource", null, null, null, null, null, null, null, null,
                    true);

            assertThat(refs(resources)).doesNotContain("resource:default/ghost-cache");
            assertThat(refs(withMissing)).contains("resource:default/ghost-cache");
            assertThat(graph.entities().count(resources)).isEqualTo(2);
        }

        @Test
        void rejectsACursorItDidNotIssue() {
            assertThatThrownBy(() -> graph.entities().list(EntityFilter.NONE, 2, "bm9wZQ"))
                    .isInstanceOf(InvalidCursorException.class)
                    .hasMessageContaining("Pass the nextCursor of the previous page unchanged");
        }

        @Test
        void refusesTheCursorOfAnotherFilter() {
            String users = graph.entities().list(EntityFilter.ofKind("user"), 1, null).nextCursor();

            assertThat(users).isNotNull();
            assertThatThrownBy(() -> graph.entities().list(EntityFilter.ofKind("component"), 1, users))
                    .isInstanceOf(InvalidCursorException.class);
        }

        private List<String> refs(EntityFilter filter) {
            return graph.entities().list(filter, 50, null).items().stream().map(EntitySummary::ref).toList();
        }
    }

    @Nested
    class Search {

        @Test
        void findsByWordsInNameDescriptionAndTags() {
            assertThat(hits("card payments")).first().isEqualTo("component:default/payments-service");
            assertThat(hits("pci")).containsExactly("component:default/payments-service");
            assertThat(hits("ledger")).contains("component:default/ledger", "resource:default/ledger-db");
        }

        @Test
        void filtersSearchResultsByKind() {
            assertThat(graph.entities().search("ledger", EntityFilter.ofKind("resource"), 10))
                    .extracting(hit -> hit.entity().ref()).containsExactly("resource:default/ledger-db");
        }

        @Test
        void treatsLuceneSyntaxAsPlainText() {
            assertThat(hits("pci) AND \"[")).containsExactly("component:default/payments-service");
            assertThat(graph.entities().search("(((  ~", EntityFilter.NONE, 10)).isEmpty();
            assertThat(graph.entities().search("   ", EntityFilter.NONE, 10)).isEmpty();
        }

        private List<String> hits(String text) {
            return graph.entities().search(text, EntityFilter.NONE, 10).stream().map(h -> h.entity().ref()).toList();
        }
    }

    @Nested
    class Traversal {

        @Test
        void directDependenciesIncludeConsumedApisAndTheirProviders() {
            List<DependencyHit> hits = graph.traversal().walk("component:default/checkout-web",
                    Direction.DEPENDENCIES, 1, Set.of(), Set.of());

            assertThat(hits).extracting(h -> h.entity().ref() + " " + h.relation() + " " + h.api())
                    .containsExactlyInAnyOrder("api:default/payments-api consumesApi null",
                            "component:default/payments-service consumesApi api:default/payments-api");
        }

        @Test
        void transitiveDependenciesFilteredToDatabasesSayThroughWhat() {
            List<DependencyHit> hits = graph.traversal().walk("component:default/payments-service",
                    Direction.DEPENDENCIES, 3, Set.of("resource"), Set.of("database"));

            assertThat(hits).extracting(h -> h.entity().ref() + " depth=" + h.depth() + " via=" + h.via())
                    .containsExactly("resource:default/payments-db depth=1 via=component:default/payments-service",
                            "resource:default/ledger-db depth=2 via=component:default/ledger");
        }

        @Test
        void dependentsOfAComponentIncludeConsumersOfTheApisItProvides() {
            List<DependencyHit> hits = graph.traversal().walk("component:default/payments-service",
                    Direction.DEPENDENTS, 2, Set.of(), Set.of());

            assertThat(hits).extracting(h -> h.entity().ref() + " depth=" + h.depth() + " " + h.relation())
                    .containsExactly("component:default/checkout-web depth=1 apiConsumedBy",
                            "component:default/mobile-app depth=2 dependencyOf");
        }

        @Test
        void dependentsOfAResourceWalkUpTheChain() {
            List<DependencyHit> hits = graph.traversal().walk("resource:default/ledger-db", Direction.DEPENDENTS, 5,
                    Set.of(), Set.of());

            assertThat(hits).extracting(h -> h.entity().ref() + "@" + h.depth()).containsExactly(
                    "component:default/ledger@1", "component:default/payments-service@2",
                    "component:default/checkout-web@3", "component:default/mobile-app@4");
        }

        @Test
        void depthIsCappedAtFive() {
            assertThat(graph.traversal().walk("resource:default/ledger-db", Direction.DEPENDENTS, 50, Set.of(),
                    Set.of())).hasSize(4);
        }

        @Test
        void marksMissingTargets() {
            DependencyHit ghost = graph.traversal().walk("component:default/mobile-app", Direction.DEPENDENCIES, 1,
                    Set.of("resource"), Set.of()).getFirst();

            assertThat(ghost.entity().ref()).isEqualTo("resource:default/ghost-cache");
            assertThat(ghost.entity().missing()).isTrue();
        }

        @Test
        void findsTheShortestPathReadingRelationsInTheirDirection() {
            List<PathStep> path = graph.traversal().shortestPath("user:default/alice", "component:default/ledger")
                    .orElseThrow();

            assertThat(path).extracting(s -> s.from().ref() + " " + s.relation() + " " + s.to().ref())
                    .containsExactly("user:default/alice memberOf group:default/payments-team",
                            "group:default/payments-team ownerOf component:default/ledger");
        }

        @Test
        void findsAPathAlongTheNamedRelationsOnly() {
            List<PathStep> path = graph.traversal().shortestPath("component:default/checkout-web",
                    "resource:default/ledger-db", java.util.stream.Stream.of("dependsOn", "consumesApi", "apiProvidedBy")
                            .map(name -> com.cataloggraph.model.vocabulary.RelationReading.of(name).orElseThrow())
                            .toList()).orElseThrow();

            assertThat(path).extracting(s -> s.from().ref() + " " + s.relation() + " " + s.to().ref())
                    .containsExactly("component:default/checkout-web consumesApi api:default/payments-api",
                            "api:default/payments-api apiProvidedBy component:default/payments-service",
                            "component:default/payments-service dependsOn component:default/ledger",
                            "component:default/ledger dependsOn resource:default/ledger-db");
        }

        @Test
        void findsNoPathWhenTheNamedRelationsDoNotLeadThere() {
            var dependsOn = List.of(com.cataloggraph.model.vocabulary.RelationReading.of("dependsOn").orElseThrow());

            // Ownership links them (ledger-db is owned by the team alice is in), dependencies do not.
            assertThat(graph.traversal().shortestPath("user:default/alice", "resource:default/ledger-db", dependsOn))
                    .isEmpty();
            // Against the stored direction there is no dependsOn chain either.
            assertThat(graph.traversal().shortestPath("resource:default/ledger-db", "component:default/ledger",
                    dependsOn)).isEmpty();
        }

        @Test
        void hasNoPathBetweenUnconnectedEntities() {
            var lone = new com.cataloggraph.model.testing.TestCatalog();
            lone.add("component:default/island");
            lone.writeTo(graph.writer());
            try {
                assertThat(graph.traversal().shortestPath("component:default/island", "user:default/alice")).isEmpty();
            } finally {
                graph.writer().delete(List.of(com.cataloggraph.model.ref.EntityRef.parse("component:default/island")));
            }
        }
    }

    @Nested
    class Ownership {

        @Test
        void resolvesAGroupOwnerToMembersContactsAndParents() {
            OwnerInfo owner = graph.ownership().owners("component:default/ledger").getFirst();

            assertThat(owner.owner().ref()).isEqualTo("group:default/payments-team");
            assertThat(owner.owner().email()).isEqualTo("payments@example.com");
            assertThat(owner.members()).extracting(m -> m.ref() + " " + m.email())
                    .containsExactly("user:default/alice alice@example.com", "user:default/bob bob@example.com");
            assertThat(owner.memberCount()).isEqualTo(2);
            assertThat(owner.parents()).extracting(EntitySummary::ref).containsExactly("group:default/platform");
        }

        @Test
        void resolvesAUserOwnerToTheirGroups() {
            OwnerInfo owner = graph.ownership().owners("component:default/checkout-web").getFirst();

            assertThat(owner.owner().ref()).isEqualTo("user:default/bob");
            assertThat(owner.groups()).extracting(EntitySummary::ref).containsExactly("group:default/payments-team");
            assertThat(owner.members()).isEmpty();
        }

        @Test
        void anEntityWithoutOwnerHasNone() {
            assertThat(graph.ownership().owners("component:default/mobile-app")).isEmpty();
        }
    }

    @Nested
    class Status {

        @Test
        void countsEntitiesPerKindMissingRefsAndTheLastRun() {
            CatalogStats stats = graph.status().stats();

            assertThat(stats.entitiesByKind()).containsEntry("Component", 4L).containsEntry("Resource", 2L)
                    .containsEntry("Group", 2L).containsEntry("User", 2L);
            assertThat(stats.missing()).isEqualTo(1);
            assertThat(stats.lastRun().id()).isEqualTo("run-1");
            assertThat(stats.lastRun().counts()).containsEntry("entities", 13L);
            assertThat(graph.status().lastIngestAt()).isEqualTo("2026-11-01T10:00:05Z");
        }
    }
}
