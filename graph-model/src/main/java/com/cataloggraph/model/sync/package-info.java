/**
 * The living catalog's bookkeeping, beside the entities (no {@code :Entity} label, so catalog queries never see
 * it): {@code (:SyncSource)} per configured source (last full sync, last webhook, queue depth, failures),
 * {@code (:RepositorySync)} per repository (the version last synced, so a no-change resync reads nothing) and
 * {@code (:WebhookDelivery)} per delivery (what it asked, what came of it, how long it took). All of its Cypher
 * is in {@link com.cataloggraph.model.sync.SyncLedger}; GraphQL and MCP read sync state from there too.
 */
package com.cataloggraph.model.sync;
