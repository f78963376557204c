package com.cataloggraph.agentsmd.publish;

/**
 * @param url    the merge request, pull request or remote, or null
 * @param detail one line for the report, e.g. {@code merge request !12 updated}
 */
public record PublishResult(PublishOutcome outcome, String url, String detail) {
}
