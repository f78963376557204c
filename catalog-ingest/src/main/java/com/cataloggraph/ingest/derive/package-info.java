/** Relations derived from spec fields by Backstage's table ({@code RelationRules}). */
package com.cataloggraph.ingest.derive;
