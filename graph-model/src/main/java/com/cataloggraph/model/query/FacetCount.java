package com.cataloggraph.model.query;

/**
 * One value of a facet and how many entities have it.
 *
 * @param value what to filter by to get them (a kind, a type, a canonical ref, a tag)
 * @param label what people read: the value itself, or an owner's or system's title
 */
public record FacetCount(String value, String label, long count) {
}
