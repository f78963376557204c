package com.cataloggraph.model.history;

import java.util.List;

/**
 * Since when a relation is declared, and every recorded time an entity started or stopped declaring it.
 *
 * @param key      {@code source TYPE target}
 * @param exists   whether the relation is in the graph now
 * @param since    the change that began its current stretch (an entity started declaring it while nobody did),
 *                 or null when it began before the history does (or it does not exist)
 * @param events   each change that declared or undeclared it, oldest first
 * @param historyStart when the oldest change still kept was recorded (ISO-8601), or null when none is
 */
public record RelationHistory(String key, boolean exists, CatalogChange since, List<CatalogChange> events,
                              String historyStart) {
}
