package com.cataloggraph.app.agentsmd;

import com.cataloggraph.agentsmd.config.AgentsMdProperties;
import com.cataloggraph.agentsmd.run.AgentsMdRuns;
import com.cataloggraph.agentsmd.run.RunReport;
import com.cataloggraph.agentsmd.run.RunRequest;
import com.cataloggraph.app.sync.SyncProperties;
import com.cataloggraph.graphql.run.AgentsMdRunRequest;
import com.cataloggraph.graphql.run.AgentsMdRunTrigger;
import com.cataloggraph.graphql.run.RunRejectedException;
import com.cataloggraph.graphql.run.RunState;
import com.cataloggraph.graphql.run.RunStatus;
import com.cataloggraph.model.store.RunHeartbeat;
import com.cataloggraph.model.store.RunLabel;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Lets the GraphQL API start and follow bulk AGENTS.md runs. Runs work on the configured
 * host group ({@code catalog.agents-md.host}, read through its API without cloning) or else the
 * configured checkouts folder ({@code catalog.agents-md.root}), or with neither the one code-host source of the
 * sync configuration ({@link SyncedHost}): a caller names repositories, never a server path or a host. Without
 * {@code openMergeRequests} a run only drafts.
 *
 * <p>Runs live in the graph ({@code :AgentsMdRun}), so every instance reports the same; this
 * instance's {@link RunHeartbeat} keeps the ones it started alive, and a run whose instance died reads
 * as failed ("abandoned") once its heartbeat times out.
 */
@Component
class GraphQlAgentsMdRuns implements AgentsMdRunTrigger {

    private final AgentsMdRuns runs;
    private final AgentsMdProperties properties;
    private final RunHeartbeat heartbeat;
    private final ObjectProvider<SyncProperties> sync;

    GraphQlAgentsMdRuns(AgentsMdRuns runs, AgentsMdProperties properties, RunHeartbeat heartbeat,
                        ObjectProvider<SyncProperties> sync) {
        this.runs = runs;
        this.properties = properties;
        this.heartbeat = heartbeat;
        this.sync = sync;
    }

    @Override
    public RunStatus start(AgentsMdRunRequest request) {
        String host = properties.host() != null || properties.root() != null ? properties.host() : syncedHost();
        if (properties.root() == null && host == null) {
            throw new RunRejectedException("No checkouts folder or host is configured for AGENTS.md runs: set "
                    + "catalog.agents-md.root (CATALOG_AGENTSMD_ROOT) or catalog.agents-md.host (CATALOG_AGENTSMD_HOST, "
                    + "gitlab:GROUP or github:ORG) on the server, or sync one GitLab group or GitHub organization");
        }
        List<String> selection = request.repositories().isEmpty() ? List.of()
                : List.of("repo=" + String.join(",", request.repositories()));
        RunRequest run = host != null
                ? RunRequest.overHost(host, selection, !request.openMergeRequests(), properties.concurrency(), null)
                : new RunRequest(properties.root(), selection, properties.publisher(),
                !request.openMergeRequests(), properties.concurrency(), null);
        try {
            String id = runs.start(run);
            heartbeat.track(RunLabel.AGENTS_MD_RUN, id);
            return new RunStatus(id, RunState.RUNNING, null);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RunRejectedException(e.getMessage());
        }
    }

    private String syncedHost() {
        SyncProperties configured = sync.getIfAvailable();
        if (configured == null) {
            return null;
        }
        try {
            return SyncedHost.of(configured.sources(), properties).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new RunRejectedException(e.getMessage());
        }
    }

    @Override
    public Optional<RunStatus> status(String runId) {
        return runs.status(runId).map(report -> heartbeat.abandonment(RunLabel.AGENTS_MD_RUN, runId)
                .map(abandoned -> new RunStatus(runId, RunState.FAILED, abandoned))
                .orElseGet(() -> status(report)));
    }

    private static RunStatus status(RunReport report) {
        RunState state = switch (report.run().status()) {
            case "finished" -> RunState.SUCCEEDED;
            case "failed" -> RunState.FAILED;
            default -> RunState.RUNNING;
        };
        String counts = report.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        String detail = report.run().error() != null ? report.run().error()
                : counts.isEmpty() ? "no repositories handled yet" : counts;
        return new RunStatus(report.run().id(), state, detail);
    }
}
