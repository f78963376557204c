package com.cataloggraph.ingest.emit;

import com.cataloggraph.ingest.source.TreePaths;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A target of a {@code kind: Location} entity, already resolved against the Location's own file:
 * a path inside the source tree, possibly a glob ({@code plugins/**}{@code /catalog-info.yaml}),
 * expanded on every run so new matching files are found even when the Location did not change.
 *
 * @param pattern  the tree path or glob the target resolves to
 * @param declared the target as written
 * @param optional {@code presence: optional}: a target that matches nothing is not an error
 * @param document the Location's document in its file, from 1
 * @param line     the line the target is written on
 */
public record LocationEmitted(String pattern, String declared, boolean optional, int document, int line)
        implements Emission {

    public LocationEmitted {
        Objects.requireNonNull(pattern, "pattern");
    }

    /** True when the target names files by wildcard rather than one path. */
    @JsonIgnore
    public boolean isGlob() {
        return TreePaths.hasWildcard(pattern);
    }
}
