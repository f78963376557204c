package com.cataloggraph.agentsmd.draft;

import com.cataloggraph.agentsmd.analysis.RepositoryAnalysis;
import com.cataloggraph.agentsmd.analysis.RepositoryAnalyzer;
import com.cataloggraph.agentsmd.analysis.RepositoryTree;
import com.cataloggraph.agentsmd.catalog.CatalogContext;
import com.cataloggraph.agentsmd.catalog.CatalogContextReader;
import com.cataloggraph.agentsmd.checkout.Checkout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Drafts the AGENTS.md of one checkout from its files and the catalog, and compares it with the one it has. */
public final class RepositoryDrafter {

    /** An AGENTS.md longer than this is not read (a generated file is a few kilobytes). */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final RepositoryAnalyzer analyzer;
    private final RepositoryAnalyzer subprojectAnalyzer;
    private final CatalogContextReader catalog;
    private final DraftRenderer renderer = new DraftRenderer();
    private final String fileName;
    private final String remote;

    /**
     * @param fileName the file written in each repository, {@code AGENTS.md}
     * @param remote   the git remote whose URL identifies the repository in the catalog, {@code origin}
     */
    public RepositoryDrafter(CatalogContextReader catalog, String fileName, String remote) {
        this(catalog, fileName, remote, 0);
    }

    /**
     * @param maxNested at most this many subprojects of a monorepo get their own file (0: a root file only)
     */
    public RepositoryDrafter(CatalogContextReader catalog, String fileName, String remote, int maxNested) {
        this.analyzer = new RepositoryAnalyzer(fileName, maxNested);
        this.subprojectAnalyzer = new RepositoryAnalyzer(fileName);
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
        return draft(checkout, RepositoryTree.scan(checkout.path()), context);
    }

    /**
     * Drafts from a tree read elsewhere: a checkout's folder or a code host's listing of one commit give the same
     * bytes for the same files.
     */
    public RepositoryDraft draft(Checkout checkout, RepositoryTree tree, CatalogContext context) {
        RepositoryAnalysis analysis = analyzer.analyze(tree);
        Draft draft = renderer.render(analysis, context);
        String existing = existing(tree, fileName);
        List<NestedDraft> nested = new ArrayList<>();
        for (String folder : analysis.subprojects()) {
            RepositoryAnalysis inside = subprojectAnalyzer.analyze(tree.subtree(folder));
            Draft subDraft = renderer.renderSubproject(inside, folder);
            String path = folder + "/" + fileName;
            String current = existing(tree, path);
            nested.add(new NestedDraft(folder, path, inside, subDraft, current,
                    AgentsMdFile.check(current, subDraft, path), AgentsMdFile.merge(current, subDraft)));
        }
        return new RepositoryDraft(checkout, analysis, context, draft, existing,
                AgentsMdFile.check(existing, draft, fileName), AgentsMdFile.merge(existing, draft), nested);
    }

    public CatalogContext context(Checkout checkout) {
        return catalog.read(checkout.name(), checkout.remoteUrl());
    }

    public String fileName() {
        return fileName;
    }

    /** The tree's own AGENTS.md, whole, or null; a file that is not UTF-8 is refused with its name. */
    private static String existing(RepositoryTree tree, String fileName) {
        if (!tree.exists(fileName)) {
            return null;
        }
        byte[] bytes = tree.bytes(fileName, MAX_FILE_BYTES).orElseThrow(() -> new UncheckedIOException(
                new IOException("cannot read " + tree.name() + "/" + fileName)));
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException("cannot read " + tree.name() + "/" + fileName + ": it is not UTF-8", e);
        }
    }
}
