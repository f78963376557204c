package com.cataloggraph.model.query;

import java.util.List;

/**
 * The outcome of resolving a loose entity name: exactly one match, several candidates, or
 * none with the nearest names as suggestions.
 */
public record Resolution(EntitySummary match, List<EntitySummary> candidates, List<EntitySummary> suggestions) {

    public static Resolution found(EntitySummary match) {
        return new Resolution(match, List.of(match), List.of());
    }

    public static Resolution ambiguous(List<EntitySummary> candidates) {
        return new Resolution(null, List.copyOf(candidates), List.of());
    }

    public static Resolution notFound(List<EntitySummary> suggestions) {
        return new Resolution(null, List.of(), List.copyOf(suggestions));
    }

    public boolean isFound() {
        return match != null;
    }

    public boolean isAmbiguous() {
        return match == null && !candidates.isEmpty();
    }
}
