package com.cataloggraph.app.agentsmd;

import com.cataloggraph.agentsmd.run.RepositoryOutcome;
import com.cataloggraph.agentsmd.run.RepositoryState;
import com.cataloggraph.agentsmd.run.RunProgress;
import com.cataloggraph.agentsmd.run.RunReport;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Progress of a run on stderr: a line for every repository that was opened, updated, skipped or
 * failed, and a running tally at most every few seconds (drafts and unchanged repositories are
 * too many to list one by one in a run over thousands).
 */
final class StderrProgress implements RunProgress {

    static final Duration TALLY_EVERY = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final Clock clock;
    private final Map<RepositoryState, Integer> tally = new EnumMap<>(RepositoryState.class);
    private Instant lastTally;
    private int requests = -1;
    private int rateLimitWaits;

    StderrProgress(PrintWriter err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public void started(String runId, int candidates, int settled) {
        lastTally = clock.instant();
        err.println("agents-md run " + runId + ": " + candidates + " repositories" + (settled > 0
                ? ", " + settled + " already settled" : ""));
        err.flush();
    }

    @Override
    public void repositoryDone(RepositoryOutcome outcome, boolean selected, int handled, int candidates) {
        if (selected) {
            tally.merge(outcome.state(), 1, Integer::sum);
        }
        String prefix = "[" + handled + "/" + candidates + "] ";
        if (selected && outcome.state() != RepositoryState.DRAFTED && outcome.state() != RepositoryState.UNCHANGED) {
            err.println(prefix + outcome.repository() + ": " + outcome.state().label() + " - " + outcome.reason()
                    + (outcome.url() == null ? "" : " " + outcome.url()));
        }
        if (Duration.between(lastTally, clock.instant()).compareTo(TALLY_EVERY) >= 0) {
            err.println(prefix + tally());
            lastTally = clock.instant();
        }
        err.flush();
    }

    @Override
    public void finished(RunReport report) {
        err.println("run " + report.run().id() + " finished in " + report.seconds() + " s ("
                + report.draftsPerSecond() + " repositories/s): " + report.counts().entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "))
                + (report.host() == null ? "" : "; " + report.host().requests() + " requests to the host, "
                + report.host().rateLimitWaits() + " rate-limit waits"));
        err.flush();
    }

    @Override
    public void hostActivity(int requests, int rateLimitWaits) {
        this.requests = requests;
        this.rateLimitWaits = rateLimitWaits;
    }

    private String tally() {
        String states = tally.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        return requests < 0 ? states : states + "; " + requests + " requests, " + rateLimitWaits + " rate-limit waits";
    }
}
