package com.cataloggraph.ingest.discovery;

/**
 * A repository whose descriptor could not be read this time (a server error, exhausted rate-limit
 * retries, a file too large). Not the same as a repository without a descriptor: an ingest must
 * keep the entities such a repository produced before rather than treat them as gone.
 *
 * @param slug    the repository
 * @param path    the file that failed, or null when the repository as a whole failed
 * @param message what went wrong, for the run report (never contains a token)
 */
public record DiscoveryProblem(String slug, String path, String message) {
}
