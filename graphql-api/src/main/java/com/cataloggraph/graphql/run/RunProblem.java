package com.cataloggraph.graphql.run;

/** Why a run could not be started or found. */
public record RunProblem(RunProblemCode code, String message) {

    static RunProblem unavailable(RunKind kind) {
        return new RunProblem(RunProblemCode.UNAVAILABLE, switch (kind) {
            case INGEST -> "Ingest runs cannot be started here: this deployment has no ingester wired to the "
                    + "GraphQL API (no IngestTrigger bean)";
            case AGENTS_MD -> "AGENTS.md runs cannot be started here: this deployment has no AGENTS.md generator "
                    + "wired to the GraphQL API (no AgentsMdRunTrigger bean)";
        });
    }

    static RunProblem notFound(RunKind kind, String id) {
        return new RunProblem(RunProblemCode.NOT_FOUND, "No " + kind + " run has id \"" + id + "\"");
    }

    static RunProblem rejected(RunRejectedException e) {
        return new RunProblem(RunProblemCode.REJECTED, e.getMessage());
    }
}
