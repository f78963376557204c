package com.cataloggraph.model.entity;

/** One of metadata.links: a URL with optional title, icon and type. */
public record EntityLink(String url, String title, String icon, String type) {
}
