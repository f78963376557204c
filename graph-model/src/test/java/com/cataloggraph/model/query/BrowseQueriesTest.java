package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reads behind the catalog browser, on the sample graph: sorted pages, facets, the problem, orphan and
 * missing filters, neighbourhoods for the graph view and the ingest's problems.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseQueriesTest {

    private static final Set<RelationType> DEPENDENCY_TYPES = EnumSet.of(RelationType.DEPENDS_ON,
            RelationType.CONSUMES_API, RelationType.PROVIDES_API);

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final EntityQueries entities = new EntityQueries(neo4j.database());
    private final OrderedListQueries ordered = new OrderedListQueries(neo4j.database(), entities);
    private final FacetQueries facets = new FacetQueries(neo4j.database());
    private final NeighbourhoodQueries neighbourhoods = new NeighbourhoodQueries(neo4j.database());
    private final IngestProblemQueries problems = new IngestProblemQueries(neo4j.database());

    @BeforeAll
    void writeSampleGraphWithProblemsAndAnOrphan() {
        neo4j.clean();
        SampleGraph.build().writeTo(CatalogGraph.over(neo4j.database(), 100).writer());
        neo4j.database().writeStatement("""
                CREATE (:SourceFile {location: 'file:payments-service/catalog-info.yaml',
                                     file: 'payments-service/catalog-info.yaml', repository: 'payments-service',
                                     status: 'PARTIAL', claims: ['component:default/payments-service'],
                                     problems: $payments})
                CREATE (:SourceFile {location: 'file:broken/catalog-info.yaml', file: 'broken/catalog-info.yaml',
                                     repository: 'broken', status: 'FAILED', claims: [], problems: $broken})
                CREATE (:SourceFile {location: 'file:fine/catalog-info.yaml', file: 'fine/catalog-info.yaml',
                                     repository: 'fine', status: 'OK', claims: [], problems: '[]'})
                WITH 1 AS done
                MATCH (n:Entity {ref: 'component:default/mobile-app'}) SET n.orphan = true
                """, Map.of(
                "payments", """
                        [{"severity":"ERROR","rule":"entity-ref","file":"payments-service/catalog-info.yaml",\
                        "document":2,"line":31,"field":"spec.owner","value":"group:","message":"not a ref"}]""",
                "broken", """
                        [{"severity":"ERROR","rule":"yaml-syntax","file":"broken/catalog-info.yaml","document":1,\
                        "line":17,"field":null,"value":null,"message":"mapping values are not allowed here"},\
                        {"severity":"ERROR","rule":"duplicate-ref","file":"broken/catalog-info.yaml","document":2,\
                        "line":20,"field":"metadata.name","value":"component:default/ledger","message":"defined twice"}]"""));
    }

    @Test
    void pagesThroughComponentsByNameDescendingWithoutGapsOrRepeats() {
        EntityOrder byName = new EntityOrder(EntityOrder.Field.NAME, true);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<PositionedEntity> page = ordered.list(EntityFilter.ofKind("component"), byName, 3, cursor);
            page.items().forEach(item -> seen.add(item.entity().name()));
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).containsExactly("payments-service", "mobile-app", "ledger", "checkout-web");
    }

    @Test
    void refusesACursorOfAnotherOrder() {
        String byName = ordered.list(EntityFilter.NONE, new EntityOrder(EntityOrder.Field.NAME, false), 1, null)
                .nextCursor();

        assertThatThrownBy(() -> ordered.list(EntityFilter.NONE, new EntityOrder(EntityOrder.Field.KIND, false), 1,
                byName)).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> ordered.list(EntityFilter.NONE, EntityOrder.BY_REF, 1, byName))
                .isInstanceOf(InvalidCursorException.class);
    }

    @Test
    void countsEachFacetOfTheMatchedEntitiesMostCommonFirst() {
        Facets components = facets.facets(EntityFilter.ofKind("component"), null, 10);

        assertThat(components.total()).isEqualTo(4);
        assertThat(components.kinds()).containsExactly(new FacetCount("component", "Component", 4));
        assertThat(components.types()).containsExactly(new FacetCount("website", "website", 2),
                new FacetCount("library", "library", 1), new FacetCount("service", "service", 1));
        assertThat(components.lifecycles()).containsExactly(new FacetCount("production", "production", 3),
                new FacetCount("experimental", "experimental", 1));
        assertThat(components.owners()).containsExactly(
                new FacetCount("group:default/payments-team", "Payments Team", 2),
                new FacetCount("user:default/bob", "bob", 1));
        assertThat(components.systems()).containsExactly(new FacetCount("system:default/payments", "Payments", 1));
        assertThat(components.tags()).containsExactly(new FacetCount("java", "java", 1), new FacetCount("pci", "pci", 1));
        assertThat(components.withProblems()).isEqualTo(1);
        assertThat(components.orphans()).isEqualTo(1);
        assertThat(components.missing()).isZero();
    }

    @Test
    void countsTheFacetsOfAFullTextSearch() {
        Facets payments = facets.facets(EntityFilter.NONE, "paymnts", 10);

        assertThat(payments.kinds()).extracting(FacetCount::value).contains("component", "api", "resource");
        assertThat(payments.total()).isEqualTo(payments.kinds().stream().mapToLong(FacetCount::count).sum());
    }

    @Test
    void filtersByProblemsOrphansAndMissingRefs() {
        assertThat(refs(EntityFilter.NONE.withProblems(true))).containsExactly("api:default/payments-api",
                "component:default/payments-service");
        assertThat(refs(new EntityFilter("component", null, null, null, null, null, null, null, null, false, null,
                true, null))).containsExactly("component:default/mobile-app");
        assertThat(refs(new EntityFilter(null, null, null, null, null, null, null, null, null, false, null, null,
                true))).containsExactly("resource:default/ghost-cache");
        assertThat(entities.count(new EntityFilter("component", null, null, null, null, null, null, null, null, false,
                false, false, null))).isEqualTo(2);
    }

    /** A count states only the conditions its filter sets; it must count exactly what the listing holds. */
    @Test
    void aCountIsTheNumberOfEntitiesTheListingHoldsForEveryCondition() {
        EntityFilter components = EntityFilter.ofKind("component");
        List<EntityFilter> filters = List.of(EntityFilter.NONE, components, EntityFilter.ofKind("resource"),
                components.withType("SERVICE"), components.withType(" "),
                new EntityFilter("component", null, "production", null, null, null, null, null, null, false),
                new EntityFilter(null, null, null, null, null, null, null, "default", "pay", false),
                new EntityFilter(null, null, null, null, null, null, null, "default", null, true),
                EntityFilter.NONE.withTag("java"), components.withOwner("group:default/payments-team"),
                EntityFilter.NONE.withRefs(null, "system:default/payments", null),
                EntityFilter.NONE.withRefs(null, null, "domain:default/commerce"),
                EntityFilter.NONE.withProblems(true), components.withProblems(false),
                new EntityFilter("component", null, null, null, null, null, null, null, null, false, null, true, null),
                new EntityFilter(null, null, null, null, null, null, null, null, null, false, null, null, true),
                new EntityFilter(null, null, null, null, null, null, null, null, null, true, null, null, false),
                new EntityFilter("component", null, null, "group:default/payments-team", null, null, null, null,
                        null, false, false, false, null));

        List<Long> counts = filters.stream().map(entities::count).toList();

        assertThat(counts).as("counted").containsExactlyElementsOf(filters.stream()
                .map(filter -> (long) entities.list(filter, 200, null).items().size()).toList());
        assertThat(Set.copyOf(counts)).as("the filters select different numbers of entities").hasSizeGreaterThan(3);
    }

    @Test
    void walksTheBlastRadiusOfADatabaseThroughTheApiItsServiceProvides() {
        Neighbourhood blast = neighbourhoods.around("resource:default/payments-db", EnumSet.of(Direction.DEPENDENTS),
                5, DEPENDENCY_TYPES, 100).orElseThrow();

        assertThat(blast.nodes()).extracting(node -> node.entity().ref() + "@" + node.distance()).containsExactly(
                "resource:default/payments-db@0", "component:default/payments-service@1", "api:default/payments-api@2",
                "component:default/checkout-web@3", "component:default/mobile-app@4");
        assertThat(blast.edges()).containsExactly(
                new Neighbourhood.Edge("component:default/checkout-web", RelationType.CONSUMES_API,
                        "api:default/payments-api"),
                new Neighbourhood.Edge("component:default/mobile-app", RelationType.DEPENDS_ON,
                        "component:default/checkout-web"),
                new Neighbourhood.Edge("component:default/payments-service", RelationType.DEPENDS_ON,
                        "resource:default/payments-db"),
                new Neighbourhood.Edge("component:default/payments-service", RelationType.PROVIDES_API,
                        "api:default/payments-api"));
        assertThat(blast.truncated()).isFalse();
    }

    @Test
    void walksDependenciesToTheDepthAskedAndStopsAtTheNodeBudget() {
        assertThat(nodeRefs(neighbourhoods.around("component:default/payments-service",
                EnumSet.of(Direction.DEPENDENCIES), 1, DEPENDENCY_TYPES, 100).orElseThrow())).containsExactly(
                "component:default/payments-service", "component:default/ledger", "resource:default/payments-db");
        assertThat(nodeRefs(neighbourhoods.around("component:default/payments-service",
                EnumSet.of(Direction.DEPENDENCIES), 2, DEPENDENCY_TYPES, 100).orElseThrow()))
                .endsWith("resource:default/ledger-db");

        Neighbourhood cut = neighbourhoods.around("resource:default/payments-db", EnumSet.of(Direction.DEPENDENTS), 5,
                DEPENDENCY_TYPES, 3).orElseThrow();
        assertThat(nodeRefs(cut)).containsExactly("resource:default/payments-db", "component:default/payments-service",
                "api:default/payments-api");
        assertThat(cut.truncated()).isTrue();
    }

    @Test
    void walksBothWaysOverTheChosenRelationTypesOnly() {
        Neighbourhood owned = neighbourhoods.around("group:default/payments-team",
                EnumSet.of(Direction.DEPENDENCIES, Direction.DEPENDENTS), 1, EnumSet.of(RelationType.OWNED_BY), 100)
                .orElseThrow();

        assertThat(nodeRefs(owned)).containsExactly("group:default/payments-team", "api:default/payments-api",
                "component:default/ledger", "component:default/payments-service", "resource:default/ledger-db",
                "resource:default/payments-db", "system:default/payments");
        assertThat(owned.edges()).extracting(Neighbourhood.Edge::type).containsOnly(RelationType.OWNED_BY);
        assertThat(neighbourhoods.around("component:default/nope", EnumSet.of(Direction.DEPENDENTS), 1,
                DEPENDENCY_TYPES, 10)).isEmpty();
    }

    @Test
    void listsTheFilesWithProblemsAPageAtATime() {
        Page<ProblemFile> first = problems.files(null, 1, null);
        Page<ProblemFile> second = problems.files(null, 1, first.nextCursor());

        assertThat(first.items()).extracting(ProblemFile::file).containsExactly("broken/catalog-info.yaml");
        assertThat(first.items().getFirst().problems().getFirst()).isEqualTo(new FileProblem("ERROR", "yaml-syntax",
                "broken/catalog-info.yaml", 1, 17, null, null, "mapping values are not allowed here"));
        assertThat(second.items()).extracting(ProblemFile::file).containsExactly("payments-service/catalog-info.yaml");
        assertThat(second.nextCursor()).isNull();
        assertThat(problems.countFiles(null)).isEqualTo(2);
    }

    @Test
    void listsTheConflictsAloneWhenAskedForTheirRule() {
        Page<ProblemFile> conflicts = problems.files(FileProblem.DUPLICATE_REF, 10, null);

        assertThat(conflicts.items()).singleElement().satisfies(file -> assertThat(file.problems())
                .extracting(FileProblem::value).containsExactly("component:default/ledger"));
        assertThat(problems.countFiles(FileProblem.DUPLICATE_REF)).isEqualTo(1);
    }

    @Test
    void readsTheProblemsOfEachEntitysFile() {
        Map<String, List<FileProblem>> found = problems.ofEntities(List.of("component:default/payments-service",
                "component:default/ledger", "resource:default/ghost-cache"));

        assertThat(found).containsOnlyKeys("component:default/payments-service");
        assertThat(found.get("component:default/payments-service")).extracting(FileProblem::line).containsExactly(31);
    }

    private List<String> refs(EntityFilter filter) {
        return entities.list(filter, 50, null).items().stream().map(EntitySummary::ref).toList();
    }

    private static List<String> nodeRefs(Neighbourhood neighbourhood) {
        return neighbourhood.nodes().stream().map(node -> node.entity().ref()).toList();
    }
}
