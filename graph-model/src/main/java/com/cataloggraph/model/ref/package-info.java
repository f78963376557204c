/**
 * Entity references: parsing with Backstage's rules and the canonical key form; and the name key a
 * repository's entities and files are stored and found under.
 */
package com.cataloggraph.model.ref;
