package com.cataloggraph.ingest.discovery;

import java.net.URI;

/**
 * A listed repository that passed the filters, before its files are read.
 *
 * @param marker what the listing says about its last change (GitLab's {@code last_activity_at}, GitHub's
 *               {@code pushed_at}), or null
 */
record Candidate(DiscoveredRepository.Provider provider, String providerId, String slug, URI webUrl, String defaultBranch,
                 String ref, String marker) {
}
