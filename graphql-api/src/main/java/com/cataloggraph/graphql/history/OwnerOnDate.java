package com.cataloggraph.graphql.history;

/** The schema's {@code OwnerOnDate}. */
public record OwnerOnDate(String entity, String at, boolean existed, String owner, boolean known, Change basis,
                          String historyStart) {

    static OwnerOnDate of(com.cataloggraph.model.history.OwnerOnDate answer) {
        return new OwnerOnDate(answer.ref(), answer.at(), answer.existed(), answer.owner(), answer.known(),
                Change.of(answer.basis()), answer.historyStart());
    }
}
