package com.cataloggraph.model.store;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every stamped write records what it changed, in the same transaction; old records are pruned. */
class ChangeLogTest {

    private static final Instant DAY_1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2026-03-02T10:00:00Z");
    private static final String CHANGES = """
            MATCH (c:EntityChange {ref: $ref})
            RETURN c.run AS run, c.change AS change, c.fields AS fields, c.before AS before, c.after AS after,
                   c.owner AS owner, c.ownerBefore AS ownerBefore, c.declared AS declared, c.declaredAt AS declaredAt,
                   c.undeclared AS undeclared, c.file AS file
            ORDER BY c.at
            """;

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogWriter writer = new CatalogWriter(neo4j.database(), 10);

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @Test
    void aChangedOwnerIsRecordedWithBothValuesAndTheRun() {
        write(new ChangeStamp("run-1", DAY_1), "group:default/team-a", "experimental");
        write(new ChangeStamp("run-2", DAY_2), "group:default/team-b", "production");

        List<Map<String, Object>> changes = changes("component:default/web");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).containsEntry("run", "run-1").containsEntry("change", "added")
                .containsEntry("owner", "group:default/team-a").containsEntry("ownerBefore", null)
                .containsEntry("declared", List.of("component:default/web DEPENDS_ON resource:default/db",
                        "component:default/web OWNED_BY group:default/team-a"))
                .containsEntry("declaredAt", List.of("web/catalog-info.yaml:9:spec.dependsOn[0]",
                        "web/catalog-info.yaml:6:spec.owner"));
        assertThat(changes.get(1)).containsEntry("run", "run-2").containsEntry("change", "modified")
                .containsEntry("fields", List.of("spec.lifecycle", "spec.owner"))
                .containsEntry("before", "{\"spec.lifecycle\":\"experimental\",\"spec.owner\":\"group:default/team-a\"}")
                .containsEntry("after", "{\"spec.lifecycle\":\"production\",\"spec.owner\":\"group:default/team-b\"}")
                .containsEntry("owner", "group:default/team-b").containsEntry("ownerBefore", "group:default/team-a")
                .containsEntry("declared", List.of("component:default/web OWNED_BY group:default/team-b"))
                .containsEntry("undeclared", List.of("component:default/web OWNED_BY group:default/team-a"))
                .containsEntry("file", "web/catalog-info.yaml");
    }

    @Test
    void rewritingAnUnchangedEntityRecordsNothing() {
        write(new ChangeStamp("run-1", DAY_1), "group:default/team-a", "production");
        write(new ChangeStamp("run-2", DAY_2), "group:default/team-a", "production");

        assertThat(changes("component:default/web")).extracting(change -> change.get("run")).containsExactly("run-1");
    }

    /** The name keys the writer derives from the repository and its URL are stored, never recorded as changes. */
    @Test
    void aMovedRepositoryIsRecordedAsItsSourceFieldsOnly() {
        writeFrom(new ChangeStamp("run-1", DAY_1), "web", null);
        writeFrom(new ChangeStamp("run-2", DAY_2), "web-app", "git@git.example.com:shop/Web-App.git");

        assertThat(changes("component:default/web")).last().satisfies(change -> assertThat(change)
                .containsEntry("fields", List.of("source.repository", "source.repositoryUrl"))
                .containsEntry("after", "{\"source.repository\":\"web-app\","
                        + "\"source.repositoryUrl\":\"git@git.example.com:shop/Web-App.git\"}"));
        Map<String, Object> keys = neo4j.database().read(tx -> tx.run("""
                MATCH (n:Entity {ref: 'component:default/web'})
                RETURN n.repositoryName AS name, n.repositoryUrlName AS urlName""").single().asMap());
        assertThat(keys).containsEntry("name", "web-app").containsEntry("urlName", "web-app");
    }

    @Test
    void orphaningAndRemovingAreRecordedOnceEach() {
        write(new ChangeStamp("run-1", DAY_1), "group:default/team-a", "production");
        EntityRef web = EntityRef.parse("component:default/web");

        writer.markOrphans(List.of(web), new ChangeStamp("run-2", DAY_2));
        writer.markOrphans(List.of(web), new ChangeStamp("run-3", DAY_2.plusSeconds(60)));
        writer.delete(List.of(web), new ChangeStamp("run-4", DAY_2.plusSeconds(120)));

        List<Map<String, Object>> changes = changes("component:default/web");
        assertThat(changes).extracting(change -> change.get("change")).containsExactly("added", "orphaned", "removed");
        assertThat(changes.get(2)).containsEntry("ownerBefore", "group:default/team-a").containsEntry("owner", null)
                .containsEntry("undeclared", List.of("component:default/web DEPENDS_ON resource:default/db",
                        "component:default/web OWNED_BY group:default/team-a"));
    }

    @Test
    void pruningDeletesOnlyChangesOlderThanTheCutoff() {
        write(new ChangeStamp("run-1", DAY_1), "group:default/team-a", "experimental");
        write(new ChangeStamp("run-2", DAY_2), "group:default/team-b", "experimental");
        ChangeLog log = new ChangeLog(neo4j.database());

        assertThat(log.prune(DAY_1.minus(Duration.ofDays(1)))).isZero();
        assertThat(log.prune(DAY_2)).isEqualTo(1);

        assertThat(changes("component:default/web")).extracting(change -> change.get("run")).containsExactly("run-2");
    }

    /**
     * A first ingest into an empty catalog skips the reads an update needs (what each entity was, what it declared):
     * it must store and record exactly what the general path does, across batches, forward refs (placeholders an
     * earlier batch made, filled by a later one), relations declared from both ends and refs nobody defines.
     */
    @Test
    void aFirstWriteIntoAnEmptyCatalogStoresAndRecordsWhatTheGeneralPathDoes() {
        CatalogWriter smallBatches = new CatalogWriter(neo4j.database(), 2);
        ChangeStamp stamp = new ChangeStamp("run-1", DAY_1);
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/web").spec("owner", "group:default/team-a")
                .source("web", null, "web/catalog-info.yaml")
                .relate(OWNED_BY, "group:default/team-a", "web/catalog-info.yaml:6:spec.owner")
                .relate(DEPENDS_ON, "component:default/api", "web/catalog-info.yaml:9:spec.dependsOn[0]")
                .relate(DEPENDS_ON, "resource:default/nowhere", "web/catalog-info.yaml:10:spec.dependsOn[1]");
        catalog.add("component:default/worker").source("worker", null, "worker/catalog-info.yaml")
                .relate(DEPENDS_ON, "component:default/api", "worker/catalog-info.yaml:7:spec.dependsOn[0]");
        catalog.add("component:default/api").source("api", null, "api/catalog-info.yaml")
                .relateFrom("component:default/web", DEPENDS_ON, "api/catalog-info.yaml:8:spec.dependencyOf[0]")
                .relate(OWNED_BY, "group:default/team-a", "api/catalog-info.yaml:6:spec.owner");
        catalog.add("group:default/team-a").source("org", null, "org/groups.yaml");

        smallBatches.writeAll(catalog.entities(), catalog.relations(), stamp);
        Map<String, Object> intoEmpty = snapshot();

        neo4j.clean();
        TestCatalog bystander = new TestCatalog();
        bystander.add("group:default/bystander").source("org", null, "org/other.yaml");
        smallBatches.writeAll(bystander.entities(), bystander.relations(), new ChangeStamp("run-0", DAY_1));
        smallBatches.writeAll(catalog.entities(), catalog.relations(), stamp);
        Map<String, Object> intoNonEmpty = snapshot();

        assertThat(intoEmpty).isEqualTo(intoNonEmpty);
        assertThat((List<?>) intoEmpty.get("changes")).hasSize(4);
    }

    private Map<String, Object> snapshot() {
        return neo4j.database().read(tx -> Map.of(
                "entities", tx.run("""
                        MATCH (n:Entity) WHERE n.ref <> 'group:default/bystander'
                        RETURN n.ref AS ref, labels(n) AS labels, n.missing AS missing, n.sourceFile AS file
                        ORDER BY ref""").list(r -> r.asMap()),
                "relations", tx.run("""
                        MATCH (s:Entity)-[r]->(t:Entity)
                        RETURN s.ref AS source, type(r) AS type, t.ref AS target, r.declaredBy AS by,
                               r.declaredAt AS at
                        ORDER BY source, type, target""").list(r -> r.asMap()),
                "changes", tx.run("""
                        MATCH (c:EntityChange {run: 'run-1'})
                        RETURN c.ref AS ref, c.change AS change, c.owner AS owner, c.ownerBefore AS ownerBefore,
                               c.declared AS declared, c.declaredAt AS declaredAt, c.undeclared AS undeclared,
                               c.fields AS fields
                        ORDER BY ref""").list(r -> r.asMap())));
    }

    private void writeFrom(ChangeStamp stamp, String repository, String repositoryUrl) {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/web").source(repository, repositoryUrl, "web/catalog-info.yaml");
        writer.writeAll(catalog.entities(), catalog.relations(), stamp);
    }

    private void write(ChangeStamp stamp, String owner, String lifecycle) {
        TestCatalog catalog = new TestCatalog();
        catalog.add("component:default/web").lifecycle(lifecycle).spec("owner", owner)
                .source("web", null, "web/catalog-info.yaml")
                .relate(OWNED_BY, owner, "web/catalog-info.yaml:6:spec.owner")
                .relate(DEPENDS_ON, "resource:default/db", "web/catalog-info.yaml:9:spec.dependsOn[0]");
        writer.writeAll(catalog.entities(), catalog.relations(), stamp);
    }

    private List<Map<String, Object>> changes(String ref) {
        return neo4j.database().read(tx -> tx.run(CHANGES, Map.of("ref", ref)).list(r -> r.asMap()));
    }
}
