/**
 * The catalog's vocabulary, declared once: kinds (Neo4j labels), relation types (Neo4j
 * relationship types with their Backstage names) and the table that derives relations from
 * spec fields.
 */
package com.cataloggraph.model.vocabulary;
