package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.vocabulary.Kind;

/**
 * Builds the shared listing filter from tool arguments, resolving loose owner and system names
 * to refs so {@code owner: "payments-team"} works as well as the full ref.
 */
public final class EntityFilters {

    private final EntityResolver resolver;

    public EntityFilters(EntityResolver resolver) {
        this.resolver = resolver;
    }

    public EntityFilter filter(String kind, String type, String lifecycle, String owner, String system, String tag,
                               String namespace) {
        String ownerRef = blank(owner) ? null : resolver.resolve("owner", owner, Kind.GROUP, Kind.USER).ref();
        String systemRef = blank(system) ? null : resolver.resolve("system", system, Kind.SYSTEM).ref();
        return new EntityFilter(blankToNull(kind), blankToNull(type), blankToNull(lifecycle), ownerRef, systemRef,
                null, blankToNull(tag), blankToNull(namespace), null, false);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }
}
