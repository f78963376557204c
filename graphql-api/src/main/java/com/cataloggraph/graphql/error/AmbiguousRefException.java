package com.cataloggraph.graphql.error;

import com.cataloggraph.model.query.EntitySummary;
import java.util.List;
import java.util.stream.Collectors;

/** A partial ref that matches several entities; the caller must pick one by full ref. */
public class AmbiguousRefException extends RuntimeException {

    private final String argument;
    private final String value;
    private final transient List<EntitySummary> candidates;

    public AmbiguousRefException(String argument, String value, List<EntitySummary> candidates) {
        super("\"" + value + "\" (argument " + argument + ") matches " + candidates.size() + " entities: "
                + candidates.stream().map(EntitySummary::ref).collect(Collectors.joining(", "))
                + "; pass one of these full refs");
        this.argument = argument;
        this.value = value;
        this.candidates = List.copyOf(candidates);
    }

    public String argument() {
        return argument;
    }

    public String value() {
        return value;
    }

    public List<EntitySummary> candidates() {
        return candidates;
    }
}
