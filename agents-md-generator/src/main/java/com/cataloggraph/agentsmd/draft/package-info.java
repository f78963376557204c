/**
 * The AGENTS.md draft: rendering facts into a short generated block, the block's markers and
 * digest, merging it into an existing file without touching human text, and checking whether a
 * file is up to date, stale or hand-edited.
 */
package com.cataloggraph.agentsmd.draft;
