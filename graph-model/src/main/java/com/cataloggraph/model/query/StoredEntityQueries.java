package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole entities (tags, labels, annotations, links, spec, provenance) for many refs in one round
 * trip, for front ends that list summaries first and fill in details for the ones shown.
 */
public final class StoredEntityQueries {

    private static final String FIND_ALL = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            RETURN n
            """;

    private final CatalogDatabase database;

    public StoredEntityQueries(CatalogDatabase database) {
        this.database = database;
    }

    /** The stored entities with these canonical refs, keyed by ref; unknown refs are absent. */
    public Map<String, StoredEntity> findAll(Collection<String> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return database.read(tx -> {
            Map<String, StoredEntity> result = new LinkedHashMap<>();
            tx.run(FIND_ALL, Map.of("refs", List.copyOf(refs))).forEachRemaining(row -> {
                StoredEntity entity = EntityMapping.stored(row.get("n"));
                result.put(entity.ref(), entity);
            });
            return result;
        });
    }
}
