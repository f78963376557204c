package com.cataloggraph.ingest.emit;

import com.cataloggraph.model.entity.CatalogEntity;
import java.util.Objects;

/**
 * A valid entity read from one document of a descriptor.
 *
 * @param document the document's position in its file, from 1
 * @param line     the line of the document's {@code metadata.name}, from 1: where a duplicate-ref error points
 */
public record EntityEmitted(CatalogEntity entity, int document, int line) implements Emission {

    public EntityEmitted {
        Objects.requireNonNull(entity, "entity");
    }

    /** The canonical ref, the graph's key. */
    public String key() {
        return entity.key();
    }
}
