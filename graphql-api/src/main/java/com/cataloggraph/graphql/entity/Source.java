package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.entity.DeclarationSite;
import com.cataloggraph.model.query.Declaration;
import com.cataloggraph.model.query.EntitySource;
import com.cataloggraph.model.query.StoredEntity;

/**
 * Where a fact was read: an entity's descriptor document, or the line that declared a relation. Named
 * like the schema's {@code Source}; {@code file} and {@code path} are the same path ({@code file} came first).
 */
public record Source(String repository, String repositoryUrl, String file, String path, Integer line, Integer endLine,
                     Integer document, String field, String declaredBy, String url, String commit, String hash,
                     String readAt, String via, String location) {

    /** Null for an entity no descriptor defines. */
    public static Source of(StoredEntity entity) {
        if (entity == null || entity.summary().missing()) {
            return null;
        }
        EntitySource source = entity.source();
        if (source == null) {
            return new Source(entity.repository(), entity.repositoryUrl(), entity.sourceFile(), entity.sourceFile(),
                    null, null, null, null, null, null, null, null, entity.updatedAt(), null, entity.sourceLocation());
        }
        return new Source(entity.repository(), entity.repositoryUrl(), source.file(), source.file(), source.line(),
                source.endLine(), source.document(), null, null, source.urlAt(source.line()), source.commit(),
                source.hash(), source.readAt(), source.via(), entity.sourceLocation());
    }

    /**
     * A relation's declaration. Repository, commit and link come from the declaring entity when its descriptor
     * is the file the site names (it always is, unless the declarer was re-read since); null when not known.
     */
    public static Source of(Declaration declaration, StoredEntity declarer) {
        DeclarationSite site = declaration.site();
        EntitySource from = declarer == null ? null : declarer.source();
        boolean sameFile = from != null && site != null && site.file().equals(from.file());
        String file = site != null ? site.file() : from == null ? null : from.file();
        return new Source(declarer == null ? null : declarer.repository(),
                declarer == null ? null : declarer.repositoryUrl(), file, file, site == null ? null : site.line(), null,
                sameFile ? from.document() : null, site == null ? null : site.field(), declaration.declaredBy(),
                sameFile ? from.urlAt(site.line()) : null, sameFile ? from.commit() : null,
                sameFile ? from.hash() : null, sameFile ? from.readAt() : null, null,
                declarer == null ? null : declarer.sourceLocation());
    }

    /** A site known only by its file, line and field (a problem, a skipped definition, a recorded change). */
    public static Source at(String file, Integer line, String field) {
        return new Source(null, null, file, file, line, null, null, field, null, null, null, null, null, null, null);
    }
}
