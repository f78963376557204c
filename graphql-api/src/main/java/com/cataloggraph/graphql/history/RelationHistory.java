package com.cataloggraph.graphql.history;

import java.util.List;

/** The schema's {@code RelationHistory}: {@code relation} is Backstage's name read from {@code from}. */
public record RelationHistory(String from, String relation, String to, boolean exists, Change since,
                              List<Change> events, String historyStart) {

    static RelationHistory of(String from, String relation, String to,
                              com.cataloggraph.model.history.RelationHistory history) {
        return new RelationHistory(from, relation, to, history.exists(), Change.of(history.since()),
                history.events().stream().map(Change::of).toList(), history.historyStart());
    }
}
