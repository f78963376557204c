package com.cataloggraph.agentsmd.catalog;

/**
 * Where to go when the code here misbehaves, from the catalog's annotations and links: on-call, runbooks,
 * dashboards, docs.
 *
 * @param what  {@code On call}, {@code Runbook}, {@code Dashboards} or {@code Docs}
 * @param value what to look up, e.g. {@code PagerDuty service `PX1234`}
 */
public record OperationsFact(String what, String value) {
}
