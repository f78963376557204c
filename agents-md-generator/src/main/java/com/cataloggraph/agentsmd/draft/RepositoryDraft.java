package com.cataloggraph.agentsmd.draft;

import java.util.List;
import com.cataloggraph.agentsmd.analysis.RepositoryAnalysis;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.checkout.Checkout;

/**
 * A fresh draft for one checkout, with the facts behind it and how the checkout's own file
 * compares.
 *
 * @param existing the checkout's current AGENTS.md, or null
 * @param check    how {@code existing} compares with {@code draft}
 * @param merged   {@code existing} with the draft merged in
 * @param nested   a monorepo's subproject files, in folder order; empty otherwise
 */
public record RepositoryDraft(Checkout checkout, RepositoryAnalysis analysis, CatalogContext context, Draft draft,
                              String existing, CheckResult check, MergeResult merged, List<NestedDraft> nested) {

    public RepositoryDraft {
        nested = List.copyOf(nested);
    }
}
