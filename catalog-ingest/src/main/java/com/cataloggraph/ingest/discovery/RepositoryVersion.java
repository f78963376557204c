package com.cataloggraph.ingest.discovery;

import java.time.Instant;

/**
 * What a sync last knew of a repository, to tell cheaply whether it changed since.
 *
 * @param marker     the listing's change marker then (GitLab {@code last_activity_at}, GitHub {@code pushed_at})
 * @param commit     the head commit of the branch read, or null when the host did not say
 * @param etag       the host's {@code ETag} for that commit's answer (GitHub), for a conditional request; or null
 * @param verifiedAt when the commit was last confirmed
 */
public record RepositoryVersion(String marker, String commit, String etag, Instant verifiedAt) {
}
