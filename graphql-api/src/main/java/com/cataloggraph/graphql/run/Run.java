package com.cataloggraph.graphql.run;

/** A run as the schema shows it. */
public record Run(String id, RunKind kind, RunState state, String detail) {

    static Run of(RunKind kind, RunStatus status) {
        return new Run(status.id(), kind, status.state(), status.detail());
    }
}
