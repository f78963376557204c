package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.List;
import java.util.Map;

/**
 * Listings sorted by a field other than ref, paged by cursor. A cursor carries the last row's sort
 * key and ref, so the next page starts exactly after it, and is bound to its order and filter: a
 * cursor of another order or filter (or one this class did not make) is refused. Ordered by ref ascending, this is
 * {@link EntityQueries#list}, cursors included.
 */
public final class OrderedListQueries {

    private static final String PREFIX = "cg2:";
    private static final char SEPARATOR = '\u0000';

    /** {@code %1$s} summary, {@code %2$s} filter, {@code %3$s} key, {@code %4$s} comparison, {@code %5$s} direction. */
    private static final String LIST = """
            MATCH (n:Entity)
            WHERE n.ref STARTS WITH $kindPrefix
              AND %2$s
            WITH n, %3$s AS key
            WHERE $afterRef IS NULL OR key %4$s $afterKey OR (key = $afterKey AND n.ref %4$s $afterRef)
            RETURN %1$s AS entity, key
            ORDER BY key %5$s, n.ref %5$s
            LIMIT $limit
            """;

    private final CatalogDatabase database;
    private final EntityQueries entities;

    public OrderedListQueries(CatalogDatabase database, EntityQueries entities) {
        this.database = database;
        this.entities = entities;
    }

    /**
     * One page of entities in {@code order}; {@code cursor} is a previous page's {@code nextCursor} for the same order.
     *
     * @throws InvalidCursorException when the cursor was not made by this listing for this order
     */
    public Page<PositionedEntity> list(EntityFilter filter, EntityOrder order, int limit, String cursor) {
        if (order == null || order.equals(EntityOrder.BY_REF)) {
            Page<EntitySummary> page = entities.list(filter, limit, cursor);
            return new Page<>(page.items().stream()
                    .map(entity -> new PositionedEntity(entity, EntityQueries.cursorAfter(filter, entity.ref()))).toList(),
                    page.nextCursor());
        }
        String[] after = decode(cursor, filter, order);
        Map<String, Object> params = EntityQueries.filterParameters(filter, "");
        params.put("afterKey", after == null ? null : after[0]);
        params.put("afterRef", after == null ? null : after[1]);
        params.put("limit", limit + 1);
        String cypher = LIST.formatted(summaryOf("n"), EntityQueries.FILTER, order.field().cypher(),
                order.descending() ? "<" : ">", order.descending() ? "DESC" : "ASC");
        List<PositionedEntity> rows = database.read(tx -> tx.run(cypher, params).list(row -> {
            EntitySummary entity = EntityMapping.summary(row.get("entity"));
            return new PositionedEntity(entity, encode(filter, order, row.get("key").asString(""), entity.ref()));
        }));
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<PositionedEntity> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, items.getLast().cursor());
    }

    private static String encode(EntityFilter filter, EntityOrder order, String key, String ref) {
        return Cursors.encode(query(filter, order), key + SEPARATOR + ref);
    }

    /** The key and ref after which the page starts, or null for the first page. */
    private static String[] decode(String cursor, EntityFilter filter, EntityOrder order) {
        String position = Cursors.decode(cursor, query(filter, order));
        if (position.isEmpty()) {
            return null;
        }
        int separator = position.lastIndexOf(SEPARATOR);
        if (separator < 0) {
            throw new InvalidCursorException();
        }
        return new String[] {position.substring(0, separator), position.substring(separator + 1)};
    }

    /** What a cursor of this listing is bound to: the order and the filter. */
    private static String query(EntityFilter filter, EntityOrder order) {
        return PREFIX + tag(order) + ':' + filter.key();
    }

    private static String tag(EntityOrder order) {
        return order.field().name() + (order.descending() ? "-desc" : "-asc");
    }
}
