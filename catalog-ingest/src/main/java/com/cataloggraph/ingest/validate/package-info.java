/** Backstage's validation: the envelope (file-level) and the entity rules (entity-level). */
package com.cataloggraph.ingest.validate;
