/**
 * catalog-ingest: descriptors from sources into the catalog graph. Stages by package: {@code source}
 * (where files come from), {@code parse} (safe YAML), {@code placeholder}, {@code validate}
 * (Backstage's rules), {@code derive} (relations), {@code pipeline} (the run: claims, writes,
 * reconciliation), {@code state} (what is kept between runs), {@code report}.
 */
package com.cataloggraph.ingest;
