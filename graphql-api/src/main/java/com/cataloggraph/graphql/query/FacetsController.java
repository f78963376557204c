package com.cataloggraph.graphql.query;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.Facets;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code facets}: how what a listing or a search matches divides up, for narrowing it. */
@Controller
public class FacetsController {

    /** The schema's default for {@code limit}. */
    static final int DEFAULT_VALUES = 20;
    /** The most values one facet lists. */
    static final int MAX_VALUES = 100;

    private final CatalogReads reads;
    private final RefResolver refs;

    public FacetsController(CatalogReads reads, RefResolver refs) {
        this.reads = reads;
        this.refs = refs;
    }

    @QueryMapping
    public Facets facets(@Argument EntityFilter filter, @Argument String search, @Argument Integer limit) {
        int values = limit == null ? DEFAULT_VALUES : limit;
        if (values < 1 || values > MAX_VALUES) {
            throw new InvalidArgumentException("limit", values, "must be between 1 and " + MAX_VALUES);
        }
        return reads.facets().facets(refs.filter(filter), search, values);
    }
}
