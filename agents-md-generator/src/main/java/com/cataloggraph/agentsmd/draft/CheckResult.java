package com.cataloggraph.agentsmd.draft;

/** The status of one AGENTS.md and a reason a person can act on. */
public record CheckResult(DraftStatus status, String reason) {
}
