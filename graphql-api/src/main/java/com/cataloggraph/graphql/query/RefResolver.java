package com.cataloggraph.graphql.query;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.error.AmbiguousRefException;
import com.cataloggraph.graphql.error.EntityNotFoundException;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Resolution;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.Arrays;
import java.util.List;

/** Resolves what an argument names (full or partial ref, or title) to one entity, or fails saying why. */
public final class RefResolver {

    private final CatalogReads reads;

    public RefResolver(CatalogReads reads) {
        this.reads = reads;
    }

    /**
     * @param argument       the argument's name, for the error
     * @param preferredKinds kinds that win when a name matches several entities
     * @throws EntityNotFoundException with near matches when nothing matches
     * @throws AmbiguousRefException   when several entities match and none is preferred
     */
    public EntitySummary require(String argument, String text, Kind... preferredKinds) {
        List<String> preferred = Arrays.stream(preferredKinds).map(Kind::key).toList();
        Resolution resolution = reads.entities().resolve(text, preferred);
        if (resolution.isFound()) {
            return resolution.match();
        }
        if (resolution.isAmbiguous()) {
            throw new AmbiguousRefException(argument, text, resolution.candidates());
        }
        throw new EntityNotFoundException(argument, text, resolution.suggestions());
    }

    /** A filter whose owner, system and domain, partial refs as a caller may give them, are made canonical. */
    public EntityFilter filter(EntityFilter filter) {
        if (filter == null) {
            return EntityFilter.NONE;
        }
        return filter.withRefs(canonical("filter.owner", filter.owner(), Kind.GROUP, Kind.USER),
                canonical("filter.system", filter.system(), Kind.SYSTEM),
                canonical("filter.domain", filter.domain(), Kind.DOMAIN));
    }

    private String canonical(String argument, String text, Kind... preferred) {
        return text == null || text.isBlank() ? null : require(argument, text, preferred).ref();
    }
}
