package com.cataloggraph.app.ingest;

import com.cataloggraph.graphql.run.IngestRequest;
import com.cataloggraph.graphql.run.IngestTrigger;
import com.cataloggraph.graphql.run.RunRejectedException;
import com.cataloggraph.graphql.run.RunState;
import com.cataloggraph.graphql.run.RunStatus;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.report.IngestReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Lets the GraphQL API start and follow ingests of the paths the server was configured with
 * ({@code serve --ingest PATH}, {@code catalog.ingest.paths}): a caller picks among them by path
 * or folder name, never names another server path. Runs queue behind any scheduled refresh.
 */
@Component
@ConditionalOnWebApplication
class GraphQlIngestRuns implements IngestTrigger, DisposableBean {

    private static final int KEPT_RUNS = 100;

    private final CatalogIngester ingester;
    private final IngestProperties properties;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "graphql-ingest");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, RunStatus> runs = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunStatus> eldest) {
            return size() > KEPT_RUNS;
        }
    });

    GraphQlIngestRuns(CatalogIngester ingester, IngestProperties properties) {
        this.ingester = ingester;
        this.properties = properties;
    }

    @Override
    public RunStatus start(IngestRequest request) {
        List<Path> paths = select(request.sources());
        String id = "ingest-" + UUID.randomUUID();
        RunStatus queued = new RunStatus(id, RunState.QUEUED, "ingesting " + paths);
        runs.put(id, queued);
        runner.submit(() -> run(id, paths));
        return queued;
    }

    @Override
    public Optional<RunStatus> status(String runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }

    private void run(String id, List<Path> paths) {
        runs.put(id, new RunStatus(id, RunState.RUNNING, "ingesting " + paths));
        try {
            IngestReport report = ingester.ingest(new com.cataloggraph.ingest.pipeline.IngestRequest(
                    ingester.sourcesFor(paths), properties.orphans(), false));
            RunState state = report.succeeded() ? RunState.SUCCEEDED : RunState.FAILED;
            runs.put(id, new RunStatus(id, state, report.summary() + " (IngestRun " + report.runId() + ")"));
        } catch (Exception e) {
            runs.put(id, new RunStatus(id, RunState.FAILED, e.getMessage()));
        }
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
