/**
 * Why the catalog cannot answer well about an entity: a placeholder no file defines (and which line points
 * at it), a descriptor that fails now while its last good version is kept, an orphan whose file is gone,
 * a ref that several files claim.
 */
package com.cataloggraph.model.explain;
