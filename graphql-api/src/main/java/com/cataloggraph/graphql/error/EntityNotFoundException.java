package com.cataloggraph.graphql.error;

import com.cataloggraph.model.query.EntitySummary;
import java.util.List;
import java.util.stream.Collectors;

/** Nothing in the catalog matches what an argument named; near matches are suggested. */
public class EntityNotFoundException extends RuntimeException {

    private final String argument;
    private final String value;
    private final transient List<EntitySummary> suggestions;

    public EntityNotFoundException(String argument, String value, List<EntitySummary> suggestions) {
        super("No entity matches \"" + value + "\" (argument " + argument + ")" + (suggestions.isEmpty() ? ""
                : ". Did you mean: " + suggestions.stream().map(EntitySummary::ref).collect(Collectors.joining(", "))
                + "?"));
        this.argument = argument;
        this.value = value;
        this.suggestions = List.copyOf(suggestions);
    }

    public String argument() {
        return argument;
    }

    public String value() {
        return value;
    }

    public List<EntitySummary> suggestions() {
        return suggestions;
    }
}
