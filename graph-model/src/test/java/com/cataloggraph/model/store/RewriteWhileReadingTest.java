package com.cataloggraph.model.store;

import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static com.cataloggraph.model.vocabulary.RelationType.PART_OF;
import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.query.EntityQueries;
import com.cataloggraph.model.query.EntityRelation;
import com.cataloggraph.model.testing.TestCatalog;
import com.cataloggraph.model.testing.TestNeo4j;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Neo4j reads are read-committed: a query walking a node's relationships while another
 * transaction commits can see part of that commit. Re-writing an entity whose relations did not
 * change must therefore leave those relationships alone, or a reader can miss them altogether.
 */
class RewriteWhileReadingTest {

    private static final int REWRITES = 120;
    private static final String BACKUP_DB = "resource:default/backup-db";

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final CatalogWriter writer = new CatalogWriter(neo4j.database(), 100);
    private final EntityQueries queries = new EntityQueries(neo4j.database());

    @BeforeEach
    void clean() {
        neo4j.clean();
    }

    @Test
    void readersNeverMissRelationsOfAnEntityWrittenAgainUnchanged() throws Exception {
        writeCatalog();
        Set<String> expected = relations(BACKUP_DB);
        assertThat(expected).containsExactly("dependencyOf component:default/backup-job",
                "ownedBy group:default/storage-team", "partOf system:default/storage");

        List<Set<String>> answers = readWhile(i -> backupDb("group:default/storage-team"));

        assertThat(answers).as("answers other than " + expected).allSatisfy(answer ->
                assertThat(answer).isEqualTo(expected));
        assertThat(relations(BACKUP_DB)).isEqualTo(expected);
    }

    @Test
    void readersKeepAnsweringWhileARelationChangesUnderThem() throws Exception {
        writeCatalog();

        List<Set<String>> answers = readWhile(i -> backupDb(i % 2 == 0 ? "group:default/storage-team"
                : "group:default/backup-team"));

        // Read-committed: the owner being replaced may be seen as either, both or neither; nothing else
        // may differ, and no read may fail.
        Set<String> either = Set.of("ownedBy group:default/storage-team", "ownedBy group:default/backup-team");
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer).contains("dependencyOf component:default/backup-job", "partOf system:default/storage");
            assertThat(answer).hasSizeLessThanOrEqualTo(4).allMatch(line -> either.contains(line)
                    || line.equals("dependencyOf component:default/backup-job")
                    || line.equals("partOf system:default/storage"));
        });
    }

    private void writeCatalog() {
        TestCatalog catalog = new TestCatalog();
        catalog.add("group:default/storage-team");
        catalog.add("group:default/backup-team");
        catalog.add("system:default/storage");
        catalog.add("component:default/backup-job").relate(DEPENDS_ON, BACKUP_DB);
        catalog.writeTo(writer);
        backupDb("group:default/storage-team").writeTo(writer);
    }

    /** The resource as its descriptor declares it, owned by {@code owner}. */
    private static TestCatalog backupDb(String owner) {
        TestCatalog resource = new TestCatalog();
        resource.add(BACKUP_DB).relate(OWNED_BY, owner).relate(PART_OF, "system:default/storage")
                .relateFrom("component:default/backup-job", DEPENDS_ON);
        return resource;
    }

    /** Writes {@link #REWRITES} versions of the resource while another thread reads its relations; returns every answer. */
    private List<Set<String>> readWhile(java.util.function.IntFunction<TestCatalog> version) throws Exception {
        List<Set<String>> answers = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> rewrites = CompletableFuture.runAsync(() -> {
                try {
                    for (int i = 0; i < REWRITES; i++) {
                        version.apply(i).writeTo(writer);
                    }
                } finally {
                    writing.set(false);
                }
            }, threads);
            CompletableFuture<Void> reads = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    answers.add(relations(BACKUP_DB));
                }
            }, threads);
            rewrites.get(2, TimeUnit.MINUTES);
            reads.get(1, TimeUnit.MINUTES);
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }
        assertThat(answers).as("reads while writing").hasSizeGreaterThan(10);
        return answers;
    }

    private Set<String> relations(String ref) {
        Set<String> lines = new TreeSet<>();
        for (EntityRelation relation : queries.relations(ref)) {
            lines.add(relation.relation() + " " + relation.other().ref());
        }
        return lines;
    }
}
