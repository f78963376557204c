package com.cataloggraph.ingest.testing;

import com.cataloggraph.ingest.config.IngestLeaseProperties;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.ingest.source.DescriptorSource;
import com.cataloggraph.ingest.source.FolderSources;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.testing.TestNeo4j;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** An ingester over the shared test database, emptied first. */
public final class IngestTesting {

    private final TestNeo4j neo4j = TestNeo4j.get();
    private final WriteCountingDriver counter = new WriteCountingDriver();
    private final CatalogGraph graph = CatalogGraph.over(new CatalogDatabase(counter.wrap(neo4j.driver())), 7);
    private final CatalogIngester ingester;
    private final GraphProbe probe = new GraphProbe(neo4j);

    public IngestTesting(IngestProperties properties) {
        neo4j.clean();
        // A lease whose heartbeat (a write) never beats during a test's run: write counts stay exact.
        this.ingester = new CatalogIngester(graph, properties, new IngestLeaseProperties(Duration.ofHours(3),
                Duration.ofMinutes(5)), "ingest-testing/1 (ingest)");
    }

    public IngestTesting() {
        this(IngestProperties.defaults());
    }

    public CatalogIngester ingester() {
        return ingester;
    }

    public CatalogGraph graph() {
        return graph;
    }

    /** Write transactions sent to the database so far through this ingester's graph. */
    public long writes() {
        return counter.writes();
    }

    public GraphProbe probe() {
        return probe;
    }

    /** Ingests a folder (of checkouts, a repository, or a Location file) as the command line would. */
    public IngestReport ingest(Path path) {
        return ingest(path, OrphanStrategy.KEEP, false);
    }

    public IngestReport ingest(Path path, OrphanStrategy orphans, boolean force) {
        return ingester.ingest(new IngestRequest(List.of(source(path)), orphans, force));
    }

    public IngestReport ingest(DescriptorSource source) {
        return ingester.ingest(IngestRequest.of(source));
    }

    public DescriptorSource source(Path path) {
        try {
            return FolderSources.forPath(path, ingester.properties().scan());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
