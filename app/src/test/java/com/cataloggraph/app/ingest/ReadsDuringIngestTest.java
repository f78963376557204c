package com.cataloggraph.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.ingest.CatalogReaders.Reader;
import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import com.cataloggraph.fixtures.generator.CatalogGenerator;
import com.cataloggraph.fixtures.generator.GeneratorSettings;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.mcp.testing.TestClients;
import com.cataloggraph.mcp.tool.RelationLines;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.client.McpSyncClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Readers keep answering, consistently, while an ingest writes: through graph-model's shared
 * queries, MCP {@code get_entity} and GraphQL {@code entity}, in parallel with the ingest. Each
 * batch is one transaction, so an entity is never seen without the relations its batch wrote,
 * counts never go backwards, and a rewrite of unchanged data is invisible.
 */
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadsDuringIngestTest {

    /** About 1,600 entities in 375 repositories. */
    private static final GeneratorSettings CATALOG = new GeneratorSettings(7, 0.1);

    /**
     * MCP answers list at most 50 relations, and at most {@link RelationLines#PER_GROUP} per relation and kind of the
     * other end; entities with more are read through graph-model only.
     */
    private static final int FULLY_LISTED = 40;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedNeo4jProperties.register(registry);
        // Many small transactions: more moments for a reader to land between two of them.
        registry.add("catalog.neo4j.write-batch-size", () -> "100");
    }

    @LocalServerPort
    int port;

    @Autowired
    CatalogIngester ingester;

    @Autowired
    CatalogGraph graph;

    @TempDir
    Path temp;

    private McpSyncClient mcp;
    private Path repos;

    @BeforeEach
    void setUp() {
        TestNeo4j.get().clean();
        repos = temp.resolve("repos");
        CatalogGenerator.generate(CATALOG, repos);
        mcp = TestClients.http("http://127.0.0.1:" + port);
        mcp.initialize();
    }

    @AfterEach
    void closeClient() {
        mcp.closeGracefully();
    }

    @Test
    void duringAColdIngestEveryEntitySeenHasTheRelationsItsBatchWroteAndCountsNeverGoBack() throws Exception {
        ingest();
        CatalogSnapshot expected = CatalogSnapshot.of(graph);
        TestNeo4j.get().clean();

        ReadLog log = readWhileIngesting(expected, false);

        log.assertNoViolations();
        assertThat(log.absent()).as("reads that came before the entity's batch").isPositive();
        assertThat(log.present()).as("reads that came after it").isPositive();
        assertThat(log.distinctCounts()).as("entity counts seen while batches committed").hasSizeGreaterThan(2);
        assertThat(CatalogSnapshot.of(graph).relations()).isEqualTo(expected.relations());
    }

    @Test
    void whileEveryFileIsWrittenAgainReadersSeeExactlyTheSameCatalog() throws Exception {
        ingest();
        CatalogSnapshot expected = CatalogSnapshot.of(graph);
        touchEveryDescriptor();

        ReadLog log = readWhileIngesting(expected, true);

        log.assertNoViolations();
        assertThat(log.absent()).isZero();
        assertThat(log.rewrittenSeen()).as("reads of entities already written again").isPositive();
        assertThat(log.notYetRewrittenSeen()).as("reads of entities not yet written again").isPositive();
        assertThat(CatalogSnapshot.of(graph).relations()).isEqualTo(expected.relations());
    }

    private ReadLog readWhileIngesting(CatalogSnapshot expected, boolean rewrite) throws Exception {
        ReadLog log = new ReadLog(expected, rewrite);
        IngestReport report;
        List<String> all = expected.refs();
        List<String> small = all.stream().filter(ref -> listedWhole(expected.relations().get(ref))).toList();
        // Own threads: the common pool has a single thread on a 2-core machine.
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(this::ingest, threads);
            List<CompletableFuture<Void>> readers = List.of(
                    read(CatalogReaders.sharedQueries(graph), all, ingest, log, 1, threads),
                    read(CatalogReaders.mcp(mcp), small, ingest, log, 2, threads),
                    read(CatalogReaders.graphQl("http://127.0.0.1:" + port), small, ingest, log, 3, threads),
                    CompletableFuture.runAsync(() -> countWhile(ingest, log), threads));
            report = ingest.get(30, TimeUnit.MINUTES);
            CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
        } finally {
            threads.shutdownNow();
        }
        assertThat(report.counts().parsed()).isEqualTo(report.counts().files());
        assertThat(report.counts().entitiesWritten()).isEqualTo(expected.refs().size());
        System.out.println((rewrite ? "rewrite: " : "cold ingest: ") + log.summary());
        assertThat(log.readsBy()).as("reads per reader during the ingest").allSatisfy((reader, reads) ->
                assertThat(reads).as(reader).isGreaterThanOrEqualTo(3));
        return log;
    }

    /** Whether an MCP answer lists all of these {@code "relation other-ref"} lines, none cut from a hub's group. */
    private static boolean listedWhole(Set<String> relations) {
        return relations.size() <= FULLY_LISTED && relations.stream()
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(':')), Collectors.counting()))
                .values().stream().allMatch(count -> count <= RelationLines.PER_GROUP);
    }

    private static CompletableFuture<Void> read(Reader reader, List<String> refs, CompletableFuture<?> ingest,
                                                ReadLog log, long seed, ExecutorService threads) {
        return CompletableFuture.runAsync(() -> {
            Random random = new Random(seed);
            while (!ingest.isDone()) {
                String ref = refs.get(random.nextInt(refs.size()));
                try {
                    Optional<Set<String>> relations = reader.relations(ref);
                    log.sawRelations(reader.name(), ref, relations);
                } catch (Exception | AssertionError e) {
                    log.failed(reader.name(), ref, e);
                }
            }
        }, threads);
    }

    /** Live entity counts and write times, from graph-model, as often as they can be read. */
    private void countWhile(CompletableFuture<?> ingest, ReadLog log) {
        Random random = new Random(4);
        List<String> refs = log.expected().refs();
        while (!ingest.isDone()) {
            try {
                log.sawCount(graph.entities().count(EntityFilter.NONE));
                String ref = refs.get(random.nextInt(refs.size()));
                graph.entities().find(ref).ifPresent(entity -> log.sawWriteTime(ref, entity.updatedAt()));
            } catch (RuntimeException e) {
                log.failed("graph-model count", null, e);
            }
        }
    }

    private IngestReport ingest() {
        try {
            return ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(repos)),
                    ingester.properties().orphans(), false));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A comment line more in every descriptor: new bytes, same entities, so every one is written again. */
    private void touchEveryDescriptor() throws IOException {
        try (Stream<Path> files = Files.walk(repos)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.writeString(file, Files.readString(file) + "\n# touched\n");
            }
        }
    }
}
