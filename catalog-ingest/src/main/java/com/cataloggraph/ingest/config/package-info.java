/** Typed configuration ({@code catalog.ingest.*}) and the beans it wires. */
package com.cataloggraph.ingest.config;
