package com.cataloggraph.model.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.HeldLease;
import com.cataloggraph.model.store.IngestLease;
import com.cataloggraph.model.store.RunHeartbeat;
import com.cataloggraph.model.store.RunLabel;
import com.cataloggraph.model.sync.SyncLedger;
import com.cataloggraph.model.testing.SampleGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import com.cataloggraph.model.testing.TransactionRecorder;
import com.cataloggraph.model.testing.TransactionRecorder.Opened;
import com.cataloggraph.model.testing.TransactionRecorder.Recorded;
import com.cataloggraph.model.vocabulary.RelationType;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.exceptions.ClientException;

/**
 * What lets a cluster route every read to a follower: each public method of every shared query family
 * (the queries MCP, GraphQL and AGENTS.md read through) opens read transactions only, as the driver
 * itself records them. A read transaction cannot write: the server refuses it, proved here too. A new
 * query method fails {@link #everyQueryMethodIsCovered} until it is added below.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryReadInAReadTransactionTest {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final TransactionRecorder recorder = new TransactionRecorder();
    private final CatalogDatabase recorded = new CatalogDatabase(recorder.wrap(neo4j.driver()));
    private final CatalogGraph graph = CatalogGraph.over(recorded);

    @BeforeAll
    void writeSampleGraph() {
        neo4j.clean();
        CatalogGraph plain = CatalogGraph.over(neo4j.database());
        SampleGraph.build().writeTo(plain.writer());
        plain.runs().start("run-1", Instant.parse("2026-11-01T10:00:00Z"), "sample");
        plain.runs().finish("run-1", Instant.parse("2026-11-01T10:00:05Z"), "succeeded", Map.of("entities", 13L));
    }

    /** Every query method, by {@code Class#method}, run once over the sample graph. */
    private Map<String, Runnable> calls() {
        String payments = "component:default/payments-service";
        List<String> refs = List.of(payments, "api:default/payments-api");
        Map<String, Runnable> calls = new LinkedHashMap<>();
        calls.put("CatalogStatusQueries#stats", () -> graph.status().stats());
        calls.put("CatalogStatusQueries#runs", () -> graph.status().runs(5));
        calls.put("CatalogStatusQueries#lastIngestAt", () -> graph.status().lastIngestAt());
        calls.put("CatalogStatusQueries#relationCount", () -> graph.status().relationCount());
        CompletionQueries completion = new CompletionQueries(recorded);
        calls.put("CompletionQueries#kinds", () -> completion.kinds("com", 5));
        calls.put("CompletionQueries#namespaces", () -> completion.namespaces("component", "", 5));
        calls.put("CompletionQueries#names", () -> completion.names("component", "default", "pay", 5));
        calls.put("CompletionQueries#types", () -> completion.types(5));
        calls.put("CompletionQueries#lifecycles", () -> completion.lifecycles(5));
        calls.put("DependsOnQueries#walk", () -> new DependsOnQueries(recorded).walk(refs, Direction.DEPENDENCIES, 2));
        calls.put("EntityQueries#find", () -> graph.entities().find(payments));
        calls.put("EntityQueries#findByExactRef", () -> graph.entities().findByExactRef(payments));
        calls.put("EntityQueries#findSummaries", () -> graph.entities().findSummaries(refs));
        calls.put("EntityQueries#resolve", () -> {
            graph.entities().resolve("payments");
            graph.entities().resolve("payments", List.of("component"));
        });
        calls.put("EntityQueries#relations", () -> graph.entities().relations(payments));
        calls.put("EntityQueries#relationsOf", () -> graph.entities().relationsOf(refs));
        EntityFilter owned = EntityFilter.ofKind("component").withOwner("group:default/payments-team");
        EntityFilter parts = EntityFilter.NONE.withRefs(null, "system:default/payments", null);
        calls.put("EntityQueries#list", () -> {
            graph.entities().list(EntityFilter.NONE, 5, null);
            graph.entities().list(owned, 5, null);
            graph.entities().list(parts, 5, null);
        });
        calls.put("EntityQueries#count", () -> {
            graph.entities().count(EntityFilter.ofKind("component"));
            graph.entities().count(owned);
            graph.entities().count(parts);
        });
        calls.put("EntityQueries#search", () -> graph.entities().search("payments", EntityFilter.NONE, 5));
        calls.put("FacetQueries#facets", () -> new FacetQueries(recorded).facets(EntityFilter.NONE, "payments", 5));
        IngestProblemQueries problems = new IngestProblemQueries(recorded);
        calls.put("IngestProblemQueries#files", () -> problems.files(null, 5, null));
        calls.put("IngestProblemQueries#countFiles", () -> problems.countFiles(null));
        calls.put("IngestProblemQueries#ofRepositories", () -> problems.ofRepositories(
                List.of("https://git.example.com/acme/payments-service"), 5));
        calls.put("IngestProblemQueries#ofEntities", () -> problems.ofEntities(refs));
        calls.put("NeighbourhoodQueries#around", () -> new NeighbourhoodQueries(recorded).around(payments,
                Set.of(Direction.DEPENDENCIES, Direction.DEPENDENTS), 2,
                Set.of(RelationType.DEPENDS_ON, RelationType.OWNED_BY), 50));
        // Built over EntityQueries too, so not found by queryFamilies(); its one read is proved all the same.
        calls.put("OrderedListQueries#list", () -> new OrderedListQueries(recorded, graph.entities())
                .list(EntityFilter.NONE, new EntityOrder(EntityOrder.Field.NAME, true), 5, null));
        calls.put("OwnershipQueries#owners", () -> graph.ownership().owners(payments));
        calls.put("RelatedEntityQueries#related", () -> new RelatedEntityQueries(recorded)
                .related(refs, RelationType.OWNED_BY, true));
        RelationGroupQueries groups = new RelationGroupQueries(recorded);
        calls.put("RelationGroupQueries#groups", () -> groups.groups(payments, Set.of(RelationType.DEPENDS_ON), 5));
        calls.put("RelationGroupQueries#groupsOf", () -> groups.groupsOf(refs, Set.of(RelationType.DEPENDS_ON), 5));
        calls.put("RepositoryQueries#find", () -> graph.repositories()
                .find(RepositoryLocator.parse("https://git.example.com/acme/payments-service")));
        calls.put("StoredEntityQueries#findAll", () -> new StoredEntityQueries(recorded).findAll(refs));
        calls.put("TraversalQueries#walk", () -> graph.traversal().walk(payments, Direction.DEPENDENTS, 3, Set.of(),
                Set.of()));
        calls.put("TraversalQueries#shortestPath", () -> graph.traversal().shortestPath(payments,
                "group:default/payments-team"));
        calls.put("ReadOnlyCypher#run", () -> new ReadOnlyCypher(recorded)
                .run("MATCH (c:Component) RETURN c.ref", Map.of(), 10, Duration.ofSeconds(30)));
        // The bookkeeping every instance reads: a run's state, the lease's holder, an abandoned run, sync state.
        calls.put("IngestRunLog#status", () -> graph.runs().status("run-1"));
        calls.put("IngestLease#current", () -> new IngestLease(recorded, Duration.ofSeconds(60)).current());
        SyncLedger ledger = new SyncLedger(recorded);
        calls.put("SyncLedger#status", ledger::status);
        calls.put("SyncLedger#deliveries", () -> ledger.deliveries("acme-gitlab", 5));
        calls.put("SyncLedger#versions", () -> ledger.versions("acme-gitlab"));
        calls.put("RunHeartbeat#abandonment", () -> {
            try (RunHeartbeat heartbeat = new RunHeartbeat(recorded, Duration.ofMinutes(10), "test/1 (serve)")) {
                heartbeat.abandonment(RunLabel.AGENTS_MD_RUN, "agents-md-1");
            }
        });
        return calls;
    }

    @Test
    void everyQueryOpensReadTransactionsOnly() {
        Map<String, List<Recorded>> byCall = new LinkedHashMap<>();
        calls().forEach((name, call) -> {
            recorder.clear();
            call.run();
            byCall.put(name, recorder.transactions());
        });

        byCall.forEach((name, transactions) -> assertThat(transactions).as(name).isNotEmpty()
                .allSatisfy(transaction -> assertThat(transaction.mode()).as(name).isEqualTo(AccessMode.READ)));
    }

    /** What lets an answer that reads through several query families cost one transaction. */
    @Test
    void readsInsideInOneReadShareOneReadTransactionOnThisThread() {
        recorder.clear();

        String owner = recorded.inOneRead(() -> {
            graph.entities().resolve("payments-service");
            graph.status().lastIngestAt();
            return recorded.withReadTimeout(Duration.ofSeconds(5)).inOneRead(() -> graph.ownership()
                    .owners("component:default/payments-service").getFirst().owner().ref());
        });

        assertThat(owner).isEqualTo("group:default/payments-team");
        assertThat(recorder.transactions()).containsExactly(new Recorded(AccessMode.READ, Opened.MANAGED));
        graph.status().lastIngestAt();
        assertThat(recorder.transactions()).hasSize(2);
    }

    @Test
    void aReadTransactionCannotWrite() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> recorded.read(tx ->
                        tx.run("CREATE (:Entity {ref: 'component:default/sneaked-in'})").consume()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("Writing in read access mode not allowed");
    }

    /** Every write path: managed write transactions, so the driver retries a leader switch or a deadlock. */
    @Test
    void everyWriteIsAManagedWriteTransaction() {
        recorder.clear();
        SampleGraph.build().writeTo(graph.writer());
        graph.writer().markOrphans(List.of(com.cataloggraph.model.ref.EntityRef.parse("component:default/ledger")));
        graph.writer().delete(List.of(com.cataloggraph.model.ref.EntityRef.parse("component:default/ledger")));
        graph.writer().pruneUnlinkedPlaceholders();
        graph.runs().queue("run-2", "sample", "test/1 (serve)", Duration.ofMinutes(1));
        try (HeldLease lease = new IngestLease(recorded, Duration.ofMinutes(1)).acquire("test/1 (serve)", "run-2",
                Duration.ZERO, other -> { });
             RunHeartbeat heartbeat = new RunHeartbeat(recorded, Duration.ofMinutes(10), "test/1 (serve)")) {
            heartbeat.track(RunLabel.INGEST_RUN, "run-2");
            graph.runs().start("run-2", Instant.now(), "sample");
            recorded.fencedBy(lease).writeStatement("MATCH (n:Entity {ref: 'component:default/payments-service'}) "
                    + "SET n.title = 'Payments'", Map.of());
            graph.runs().finish("run-2", Instant.now(), "succeeded", Map.of(), "done");
        }
        graph.runs().fail("run-2", "failed after all");

        assertThat(recorder.transactions()).hasSizeGreaterThan(10)
                .allSatisfy(transaction -> assertThat(transaction).isEqualTo(new Recorded(AccessMode.WRITE,
                        Opened.MANAGED)));
    }

    @Test
    void everyQueryMethodIsCovered() throws Exception {
        Set<String> methods = new TreeSet<>();
        for (Class<?> family : queryFamilies()) {
            for (Method method : family.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
                    methods.add(family.getSimpleName() + "#" + method.getName());
                }
            }
        }

        assertThat(calls().keySet()).containsAll(methods);
    }

    /** Every class of this package built over a {@link CatalogDatabase}. */
    private static List<Class<?>> queryFamilies() throws IOException, URISyntaxException {
        Path folder = Path.of(EntityQueries.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(EntityQueries.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> load(EntityQueries.class.getPackageName() + "." + name.replace(".class", "")))
                    .filter(type -> Arrays.stream(type.getConstructors()).map(Constructor::getParameterTypes)
                            .anyMatch(parameters -> parameters.length == 1 && parameters[0] == CatalogDatabase.class))
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
