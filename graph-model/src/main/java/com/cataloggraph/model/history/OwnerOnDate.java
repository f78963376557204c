package com.cataloggraph.model.history;

/**
 * Who owned an entity at a time, as the history tells it.
 *
 * @param ref       the entity
 * @param at        the time asked about (ISO-8601)
 * @param existed   false when the history shows the entity was added after that time (or removed before it);
 *                  like the owner, only certain when {@code known}
 * @param owner     the owner's ref then, or null (none, or not known)
 * @param known     false when the history does not reach back far enough to be sure
 * @param basis     the change the answer rests on (the last one before the time, or the first after it), or null
 *                  when none was recorded and the current owner answers
 * @param historyStart when the oldest change still kept was recorded (ISO-8601), or null when none is
 */
public record OwnerOnDate(String ref, String at, boolean existed, String owner, boolean known, CatalogChange basis,
                          String historyStart) {
}
