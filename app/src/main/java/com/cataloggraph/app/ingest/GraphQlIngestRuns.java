package com.cataloggraph.app.ingest;

import com.cataloggraph.graphql.run.IngestRequest;
import com.cataloggraph.graphql.run.IngestTrigger;
import com.cataloggraph.graphql.run.RunRejectedException;
import com.cataloggraph.graphql.run.RunState;
import com.cataloggraph.graphql.run.RunStatus;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.RunOptions;
import com.cataloggraph.ingest.report.IngestProgress;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.IngestRunLog;
import com.cataloggraph.model.store.RunHeartbeat;
import com.cataloggraph.model.store.RunLabel;
import com.cataloggraph.model.store.TrackedRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Lets the GraphQL API start and follow ingests of the paths the server was configured with
 * ({@code serve --ingest PATH}, {@code catalog.ingest.paths}): a caller picks among them by path
 * or folder name, never names another server path.
 *
 * <p>A run is its {@code :IngestRun} node from the moment it is accepted ({@code queued}, kept alive by
 * this instance's {@link RunHeartbeat}) until it ends, so any instance answers {@code run(kind: INGEST)}
 * the same, and a run whose instance died reads as failed ("abandoned") once its heartbeat times out.
 * It waits for the ingest lease behind any other run, on this instance or another.
 */
@Component
@ConditionalOnWebApplication
class GraphQlIngestRuns implements IngestTrigger, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlIngestRuns.class);

    private final CatalogIngester ingester;
    private final IngestProperties properties;
    private final IngestRunLog runs;
    private final RunHeartbeat heartbeat;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "graphql-ingest");
        thread.setDaemon(true);
        return thread;
    });

    GraphQlIngestRuns(CatalogIngester ingester, IngestProperties properties, CatalogGraph graph,
                      RunHeartbeat heartbeat) {
        this.ingester = ingester;
        this.properties = properties;
        this.runs = graph.runs();
        this.heartbeat = heartbeat;
    }

    @Override
    public RunStatus start(IngestRequest request) {
        List<Path> paths = select(request.sources());
        String id = "ingest-" + UUID.randomUUID();
        String source = paths.stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElseThrow();
        runs.queue(id, source, heartbeat.runner(), heartbeat.timeout());
        heartbeat.track(RunLabel.INGEST_RUN, id);
        runner.submit(() -> run(id, paths));
        return new RunStatus(id, RunState.QUEUED, "ingesting " + source);
    }

    @Override
    public Optional<RunStatus> status(String runId) {
        return runs.status(runId).map(GraphQlIngestRuns::status);
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private void run(String id, List<Path> paths) {
        try {
            ingester.ingest(new com.cataloggraph.ingest.pipeline.IngestRequest(ingester.sourcesFor(paths),
                    properties.orphans(), false), IngestProgress.NONE,
                    new RunOptions(id, ingester.leaseProperties().maxWait()));
        } catch (IOException e) {
            runs.fail(id, e.getMessage());
        } catch (RuntimeException e) {
            // the ingester recorded the failure on the run
            LOG.warn("ingest run {} failed: {}", id, e.getMessage());
        }
    }

    private static RunStatus status(TrackedRun run) {
        RunState state = switch (run.status()) {
            case IngestRunLog.QUEUED -> RunState.QUEUED;
            case IngestRunLog.RUNNING -> RunState.RUNNING;
            case IngestRunLog.SUCCEEDED -> RunState.SUCCEEDED;
            default -> RunState.FAILED;
        };
        String detail = run.detail() != null ? run.detail() : "ingesting " + run.source();
        boolean named = run.runner() == null || detail.contains(run.runner());
        return new RunStatus(run.id(), state, named ? detail : detail + " — " + run.runner());
    }

    /** The configured paths a request names (all of them when it names none). */
    private List<Path> select(List<String> sources) {
        List<Path> configured = properties.paths();
        if (configured.isEmpty()) {
            throw new RunRejectedException("This server has no ingest paths configured: start it with "
                    + "serve --ingest PATH (or set catalog.ingest.paths)");
        }
        if (sources.isEmpty()) {
            return configured;
        }
        List<Path> chosen = new ArrayList<>();
        for (String source : sources) {
            Path match = configured.stream()
                    .filter(path -> path.toString().equals(source) || path.getFileName().toString().equals(source))
                    .findFirst()
                    .orElseThrow(() -> new RunRejectedException("\"" + source + "\" is not one of this server's "
                            + "ingest paths: " + configured.stream().map(Path::toString).toList()));
            chosen.add(match);
        }
        return chosen;
    }
}
