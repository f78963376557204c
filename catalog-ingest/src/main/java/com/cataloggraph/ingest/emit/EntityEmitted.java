package com.cataloggraph.ingest.emit;

import com.cataloggraph.model.entity.CatalogEntity;
import java.util.Objects;

/**
 * A valid entity read from one document of a descriptor.
 *
 * @param document the document's position in its file, from 1
 * @param line     the line the document starts on, from 1
 * @param nameLine the line of its {@code metadata.name}, which names the ref (a conflict is cited there)
 */
public record EntityEmitted(CatalogEntity entity, int document, int line, int nameLine) implements Emission {

    public EntityEmitted {
        Objects.requireNonNull(entity, "entity");
    }

    /** The canonical ref, the graph's key. */
    public String key() {
        return entity.key();
    }
}
