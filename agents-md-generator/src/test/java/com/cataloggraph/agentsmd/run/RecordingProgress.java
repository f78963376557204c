package com.cataloggraph.agentsmd.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers what a run reported while it worked. */
final class RecordingProgress implements RunProgress {

    final List<String> events = new CopyOnWriteArrayList<>();

    @Override
    public void started(String runId, int candidates, int settled) {
        events.add("started " + candidates + " candidates, " + settled + " settled");
    }

    @Override
    public void repositoryDone(RepositoryOutcome outcome, boolean selected, int handled, int candidates) {
        events.add(outcome.repository() + (selected ? " " + outcome.state().label() : " not selected"));
    }

    @Override
    public void finished(RunReport report) {
        events.add("finished");
    }
}
