package com.cataloggraph.agentsmd.draft;

import com.cataloggraph.agentsmd.analysis.RepositoryAnalysis;
import com.cataloggraph.agentsmd.analysis.RepositoryAnalyzer;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.catalog.CatalogContextReader;
import com.cataloggraph.agentsmd.checkout.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Drafts the AGENTS.md of one checkout from its files and the catalog, and compares it with the one it has. */
public final class RepositoryDrafter {

    private final RepositoryAnalyzer analyzer;
    private final CatalogContextReader catalog;
    private final DraftRenderer renderer = new DraftRenderer();
    private final String fileName;
    private final String remote;

    /**
     * @param fileName the file written in each repository, {@code AGENTS.md}
     * @param remote   the git remote whose URL identifies the repository in the catalog, {@code origin}
     */
    public RepositoryDrafter(CatalogContextReader catalog, String fileName, String remote) {
        this.analyzer = new RepositoryAnalyzer(fileName);
        this.catalog = catalog;
        this.fileName = fileName;
        this.remote = remote;
    }

    public RepositoryDraft draft(Path path) {
        return draft(Checkout.at(path, remote));
    }

    public RepositoryDraft draft(Checkout checkout) {
        CatalogContext context = context(checkout);
        return draft(checkout, context);
    }

    /** Drafts with a context already read (bulk runs read it first to select repositories). */
    public RepositoryDraft draft(Checkout checkout, CatalogContext context) {
        RepositoryAnalysis analysis = analyzer.analyze(checkout.path());
        Draft draft = renderer.render(analysis, context);
        String existing = existing(checkout.path());
        return new RepositoryDraft(checkout, analysis, context, draft, existing,
                AgentsMdFile.check(existing, draft, fileName), AgentsMdFile.merge(existing, draft));
    }

    public CatalogContext context(Checkout checkout) {
        return catalog.read(checkout.name(), checkout.remoteUrl());
    }

    public String fileName() {
        return fileName;
    }

    private String existing(Path checkout) {
        Path file = checkout.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
