package com.cataloggraph.mcp.tool;

import com.cataloggraph.model.entity.DeclarationSite;
import com.cataloggraph.model.query.Declaration;
import java.util.List;

/**
 * Citations as answers write them, short enough to give every fact one: {@code file:line} of where the
 * fact is written, or {@code :line} when the file is the one cited just before in the same list (for the
 * first of a list, the file of the answer's subject, its own {@code at}). In text the same, after an
 * {@code @}: {@code dependsOn: component:default/ledger @:30, resource:default/bus @infra/catalog-info.yaml:71}.
 */
public final class Citations {

    private Citations() {
    }

    /**
     * Where a relation is declared, {@code file:line}: the declaration written in {@code preferredFile} (the
     * subject's own descriptor) when there is one, else the first; null when no site is recorded.
     */
    public static String of(List<Declaration> declarations, String preferredFile) {
        DeclarationSite first = null;
        for (Declaration declaration : declarations) {
            DeclarationSite site = declaration.site();
            if (site != null && site.file().equals(preferredFile)) {
                return site.citation();
            }
            first = first == null ? site : first;
        }
        return first == null ? null : first.citation();
    }

    /** The file of a {@code file:line} citation, or null for none (or a {@code :line} one). */
    public static String fileOf(String at) {
        if (at == null) {
            return null;
        }
        int colon = at.lastIndexOf(':');
        return colon <= 0 ? null : at.substring(0, colon);
    }

    /**
     * The citations of one list (or one line of text), in order: a file is named when it changes, and implied
     * ({@code :line}) while it stays the one before (the subject's file at the start).
     */
    public static final class Line {

        private String current;

        public Line(String subjectFile) {
            this.current = subjectFile;
        }

        /** {@code file:line} as the list holds it: {@code :line} when the file is the current one. */
        public String compact(String at) {
            if (at == null || at.startsWith(":")) {
                return at;
            }
            String file = fileOf(at);
            if (file != null && file.equals(current)) {
                return at.substring(file.length());
            }
            current = file;
            return at;
        }

        /** The citation as text: {@code " @file:12"}, {@code " @:12"}, or {@code ""} for none. */
        public String cite(String at) {
            return at == null ? "" : " @" + compact(at);
        }
    }
}
