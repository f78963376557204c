package com.cataloggraph.model.query;

import java.util.List;

/**
 * How the entities a filter matches divide up, for narrowing a listing: per facet the most common
 * values, most common first.
 *
 * @param total        entities matched
 * @param withProblems matched entities whose descriptor file had problems in its last ingest
 * @param orphans      matched entities whose descriptor disappeared
 * @param missing      matched refs that no descriptor defines (counted when the filter includes them)
 */
public record Facets(long total, List<FacetCount> kinds, List<FacetCount> types, List<FacetCount> lifecycles,
                     List<FacetCount> owners, List<FacetCount> systems, List<FacetCount> tags, long withProblems,
                     long orphans, long missing) {
}
