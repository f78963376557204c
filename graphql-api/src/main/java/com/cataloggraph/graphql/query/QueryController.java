package com.cataloggraph.graphql.query;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.EntityOrder;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RepositoryLocator;
import com.cataloggraph.model.query.RepositoryMatch;
import com.cataloggraph.model.query.SearchHit;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The root queries. Page sizes above {@code catalog.graphql.max-page-size} never get here: the
 * query limits refuse them before execution.
 */
@Controller
public class QueryController {

    /** The schema's default for {@code first} on entities and search. */
    static final int DEFAULT_PAGE_SIZE = 20;

    private final CatalogReads reads;
    private final RefResolver refs;

    public QueryController(CatalogReads reads, RefResolver refs) {
        this.reads = reads;
        this.refs = refs;
    }

    @QueryMapping
    public EntitySummary entity(@Argument String ref) {
        return refs.require("ref", ref);
    }

    @QueryMapping
    public EntityConnection entities(@Argument EntityFilter filter, @Argument Integer first, @Argument String after,
                                     @Argument EntityOrder orderBy) {
        int size = pageSize(first);
        EntityFilter resolved = refs.filter(filter);
        return EntityConnection.of(reads.ordered().list(resolved, orderBy, size, after), resolved, after);
    }

    @QueryMapping
    public List<SearchHit> search(@Argument String text, @Argument EntityFilter filter, @Argument Integer first) {
        return reads.entities().search(text, refs.filter(filter), pageSize(first));
    }

    @QueryMapping
    public Path path(@Argument String from, @Argument String to) {
        EntitySummary start = refs.require("from", from);
        EntitySummary end = refs.require("to", to);
        return reads.traversal().shortestPath(start.ref(), end.ref())
                .map(steps -> new Path(start, end, steps)).orElse(null);
    }

    @QueryMapping
    public Repository repository(@Argument String name) {
        RepositoryLocator locator;
        try {
            locator = RepositoryLocator.parse(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("name", name, "must name a repository (URL, slug or folder name)");
        }
        List<RepositoryMatch> matches = reads.repositories().find(locator);
        if (matches.size() > 1) {
            throw new InvalidArgumentException("name", name, "matches several repositories ("
                    + matches.stream().map(m -> m.repositoryUrl() != null ? m.repositoryUrl() : m.repository())
                            .collect(java.util.stream.Collectors.joining(", "))
                    + "); pass its URL or slug");
        }
        return matches.isEmpty() ? null : new Repository(matches.getFirst().repository(),
                matches.getFirst().repositoryUrl(), matches.getFirst().entities());
    }

    /** {@code first} as asked; an explicit null means the schema's default. */
    static int pageSize(Integer first) {
        if (first == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (first < 1) {
            throw new InvalidArgumentException("first", first, "must be at least 1");
        }
        return first;
    }
}
