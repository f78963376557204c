package com.cataloggraph.ingest.discovery;

import java.net.URI;

/** A listed repository that passed the filters, before its files are read. */
record Candidate(DiscoveredRepository.Provider provider, String providerId, String slug, URI webUrl, String defaultBranch, String ref) {
}
