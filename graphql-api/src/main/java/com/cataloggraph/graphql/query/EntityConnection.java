package com.cataloggraph.graphql.query;

import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Page;
import com.cataloggraph.model.query.PositionedEntity;
import java.util.List;

/**
 * One page of a listing as a Relay connection. Cursors are graph-model's: each edge's cursor
 * continues after that edge (its ref, and its sort key in a sorted listing), so pages stay stable
 * while the catalog changes, and is bound to the filter and order (a cursor of another one is refused).
 *
 * @param filter what the listing matched, so {@code totalCount} can count it when asked
 */
public record EntityConnection(List<EntityEdge> edges, PageInfo pageInfo, EntityFilter filter) {

    static EntityConnection of(Page<PositionedEntity> page, EntityFilter filter, String after) {
        List<EntityEdge> edges = page.items().stream()
                .map(item -> new EntityEdge(item.cursor(), item.entity())).toList();
        PageInfo info = new PageInfo(page.hasMore(), after != null && !after.isEmpty(),
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
        return new EntityConnection(edges, info, filter);
    }

    public List<EntitySummary> nodes() {
        return edges.stream().map(EntityEdge::node).toList();
    }
}
