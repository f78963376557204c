/** {@code syncSources} and {@code webhookDeliveries}: the living catalog's freshness, read from graph-model's sync ledger. */
package com.cataloggraph.graphql.sync;
