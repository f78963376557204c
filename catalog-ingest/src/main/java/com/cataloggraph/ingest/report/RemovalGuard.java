package com.cataloggraph.ingest.report;

/**
 * The removal guard's verdict on a run: how much of the catalog it would have orphaned or deleted.
 *
 * @param removals entities this run would orphan or delete
 * @param live     defined, non-orphan entities in the catalog before the run
 * @param share    removals / live
 * @param maxShare the configured limit ({@code catalog.ingest.max-removal-share})
 * @param refused  true when the run left them alone because the share was above the limit and it was not forced
 */
public record RemovalGuard(long removals, long live, double share, double maxShare, boolean refused) {
}
