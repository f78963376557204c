/**
 * Discovery of repositories and their catalog descriptors over the GitLab and GitHub REST APIs,
 * as Backstage's GitLab and GitHub discovery providers do: list a group's projects or an
 * organization's repositories page by page, filter them, and fetch each one's descriptor file.
 *
 * <p>{@link com.cataloggraph.ingest.discovery.GitLabDiscovery} and
 * {@link com.cataloggraph.ingest.discovery.GitHubDiscovery} both implement
 * {@link com.cataloggraph.ingest.discovery.RepositoryDiscovery}; the ingest pipeline reads the
 * {@link com.cataloggraph.ingest.discovery.DiscoveredRepository} records they return as a source of
 * descriptor files, and asks {@code readFile} for the files a descriptor points at ({@code $text},
 * relative Location targets). A sync that remembers each repository's version
 * ({@link com.cataloggraph.ingest.discovery.SyncMemory}) reads only the repositories that changed; a webhook
 * re-reads one repository by name ({@code discoverOnly}). All HTTP goes through code-hosts'
 * {@code HostClient}: rate limits honoured with bounded waits, tokens from environment variables never logged
 * and never sent off the API's host, file bodies read no further than the size limit. The request and response
 * shapes followed are in {@code docs/discovery.md}.
 */
package com.cataloggraph.ingest.discovery;
