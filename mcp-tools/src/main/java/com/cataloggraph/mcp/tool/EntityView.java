package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntitySummary;
import java.util.Collection;
import java.util.List;

/**
 * An entity as answers show it: its canonical ref, and only what tells it apart. Absent fields
 * are left out of the JSON; {@code missing} appears only for a ref that relations point at but
 * no descriptor defines.
 */
public record EntityView(String ref, String title, String type, String lifecycle, String email, Boolean missing) {

    public static EntityView of(EntitySummary entity) {
        String title = entity.title() != null ? entity.title() : entity.displayName();
        return new EntityView(entity.ref(), title, entity.type(), entity.lifecycle(), entity.email(),
                entity.missing() ? Boolean.TRUE : null);
    }

    public static List<EntityView> of(Collection<EntitySummary> entities) {
        return entities.stream().map(EntityView::of).toList();
    }
}
