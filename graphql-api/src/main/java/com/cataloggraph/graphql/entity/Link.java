package com.cataloggraph.graphql.entity;

import java.util.List;
import java.util.Map;

/** One of metadata.links. */
public record Link(String url, String title, String icon, String type) {

    static List<Link> of(List<Map<String, Object>> links) {
        return links.stream().map(link -> new Link(text(link, "url"), text(link, "title"), text(link, "icon"),
                text(link, "type"))).toList();
    }

    private static String text(Map<String, Object> link, String key) {
        Object value = link.get(key);
        return value == null ? null : value.toString();
    }
}
