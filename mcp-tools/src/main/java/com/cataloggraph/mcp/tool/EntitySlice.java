package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import java.util.Collection;
import java.util.List;

/** A list of entities that may be cut short: how many there are in all, and the first ones. */
public record EntitySlice(long total, List<EntityView> items) {

    public static final EntitySlice EMPTY = new EntitySlice(0, List.of());

    public static EntitySlice of(RelationGroup group) {
        return new EntitySlice(group.total(), EntityView.of(group.entities()));
    }

    public static EntitySlice of(Collection<EntitySummary> entities, long total) {
        return new EntitySlice(total, EntityView.of(entities));
    }

    public boolean truncated() {
        return total > items.size();
    }

    /** Refs joined by commas, with how many were left out: {@code a, b (+3 more)}. */
    public String render() {
        return TextRendering.refs(items, total);
    }

    /** As {@link #render()}, with citations; {@code :line} ones are lines of {@code subjectFile}. */
    public String render(String subjectFile) {
        return TextRendering.refs(items, total, subjectFile);
    }
}
