/**
 * What the catalog knows about one repository, read through graph-model's shared queries: the
 * entities it defines, their owners (with people), systems and domains, APIs with their
 * definitions and counterparts, dependencies and dependents.
 */
package com.cataloggraph.agentsmd.catalog;
