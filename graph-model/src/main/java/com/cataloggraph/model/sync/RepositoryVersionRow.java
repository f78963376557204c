package com.cataloggraph.model.sync;

import java.time.Instant;

/**
 * The version of one repository a source last synced.
 *
 * @param slug       {@code group/name}
 * @param marker     the listing's change marker ({@code last_activity_at}, {@code pushed_at})
 * @param commit     the head commit read, or null
 * @param etag       the host's ETag for that commit, or null
 * @param verifiedAt when it was last confirmed
 */
public record RepositoryVersionRow(String slug, String marker, String commit, String etag, Instant verifiedAt) {
}
