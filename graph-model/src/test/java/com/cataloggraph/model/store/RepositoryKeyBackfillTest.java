package com.cataloggraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RepositoryLocator;
import com.cataloggraph.model.query.RepositoryMatch;
import com.cataloggraph.model.query.RepositoryQueries;
import com.cataloggraph.model.testing.OtherProcesses;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A store written before the writer stored repository name keys gets them when a process applies the schema, once
 * per store, however many processes start on it at the same moment.
 */
class RepositoryKeyBackfillTest {

    /** Entities and descriptor files as an earlier version wrote them: a repository and URL, no keys. */
    private static final String WRITE_WITHOUT_KEYS = """
            UNWIND range(1, $services) AS i
            CREATE (:Entity:Component {ref: 'component:default/svc-' + i, kind: 'Component', namespace: 'default',
                    name: 'svc-' + i, repository: 'shop-' + (i % 10),
                    repositoryUrl: 'git@git.example.com:acme/Shop-' + (i % 10) + '.git', missing: false, orphan: false})
            WITH count(*) AS written
            CREATE (:Entity:Component {ref: 'component:default/payments-service', kind: 'Component',
                    namespace: 'default', name: 'payments-service', repository: 'payments-service',
                    repositoryUrl: 'https://git.example.com/acme/payments-service.git/', missing: false, orphan: false})
            CREATE (:Entity:Group {ref: 'group:default/nobody', kind: 'Group', namespace: 'default', name: 'nobody',
                    missing: true, orphan: false})
            CREATE (:SourceFile {location: 'file:/repos/broken-repo/catalog-info.yaml', source: 'repos',
                    file: 'broken-repo/catalog-info.yaml', repository: 'Broken-Repo', status: 'FAILED', claims: [],
                    problems: '[]', errors: 1})
            """;

    private static final String WITHOUT_KEYS = """
            CALL () { MATCH (n:Entity) WHERE n.repository IS NOT NULL AND n.repositoryName IS NULL
                      OR n.repositoryUrl IS NOT NULL AND n.repositoryUrlName IS NULL RETURN count(n) AS entities }
            CALL () { MATCH (f:SourceFile) WHERE f.repository IS NOT NULL AND f.repositoryName IS NULL
                      RETURN count(f) AS files }
            RETURN entities + files AS total
            """;

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final RepositoryQueries repositories = new RepositoryQueries(neo4j.database());

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @Test
    void entitiesAndFilesWrittenWithoutKeysGetThemWhenTheSchemaIsApplied() {
        writeWithoutKeys(2_500);

        CatalogSchema.apply(neo4j.database());

        assertThat(withoutKeys()).isZero();
        assertThat(row("""
                MATCH (n:Entity {ref: 'component:default/svc-7'})
                RETURN n.repositoryName AS name, n.repositoryUrlName AS urlName, n.repositoryKeyLock AS lock"""))
                .containsEntry("name", "shop-7").containsEntry("urlName", "shop-7")
                .containsEntry("lock", null);
        assertThat(repositories.find(RepositoryLocator.parse("https://git.example.com/acme/payments-service")))
                .singleElement().satisfies(match -> assertThat(match.entities()).extracting(EntitySummary::ref)
                        .containsExactly("component:default/payments-service"));
        assertThat(repositories.find(RepositoryLocator.parse("git@git.example.com:acme/shop-7.git")))
                .singleElement().satisfies(match -> assertThat(match.entities()).hasSize(250));
        assertThat(repositories.find(RepositoryLocator.parse("broken-repo"))).singleElement()
                .extracting(RepositoryMatch::repository, match -> match.entities().size())
                .containsExactly("Broken-Repo", 0);
        assertThat(migrations()).isEqualTo(1);
    }

    /** Once recorded, a start reads the record and nothing else: a node written without keys after it stays so. */
    @Test
    void aStoreThatHadItsKeysWrittenIsNotScannedAgain() {
        CatalogSchema.apply(neo4j.database());
        writeWithoutKeys(10);

        CatalogSchema.apply(neo4j.database());

        assertThat(withoutKeys()).isEqualTo(12);
        assertThat(migrations()).isEqualTo(1);
    }

    @Test
    void processesStartingTogetherAllWriteTheSameKeys() throws Exception {
        writeWithoutKeys(2_500);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try (OtherProcesses processes = new OtherProcesses()) {
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (int process = 0; process < 4; process++) {
                CatalogDatabase database = processes.open();
                starts.add(CompletableFuture.runAsync(() -> CatalogSchema.apply(database), threads));
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }

        assertThat(withoutKeys()).isZero();
        assertThat(migrations()).isEqualTo(1);
        assertThat(row("""
                MATCH (n:Entity) WHERE n.repositoryKeyLock IS NOT NULL OR n.repositoryName <> 'shop-' + right(n.ref, 1)
                  AND n.ref STARTS WITH 'component:default/svc-'
                RETURN count(n) AS wrong""")).containsEntry("wrong", 0L);
    }

    private void writeWithoutKeys(int services) {
        neo4j.database().writeStatement(WRITE_WITHOUT_KEYS, Map.of("services", services));
    }

    private long withoutKeys() {
        return (Long) row(WITHOUT_KEYS).get("total");
    }

    private long migrations() {
        return (Long) row("MATCH (m:SchemaMigration {name: '" + RepositoryKeyBackfill.NAME + "'}) RETURN count(m) AS n")
                .get("n");
    }

    private Map<String, Object> row(String query) {
        return neo4j.database().read(tx -> tx.run(query).single().asMap());
    }
}
