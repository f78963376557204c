package com.cataloggraph.graphql.status;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.graphql.query.PageInfo;
import com.cataloggraph.model.query.Page;
import com.cataloggraph.model.query.ProblemFile;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code ingestProblems}: the descriptor files whose last ingest found problems, a page at a time. */
@Controller
public class ProblemController {

    /** The schema's default for {@code first}. */
    private static final int DEFAULT_FILES = 20;

    private final CatalogReads reads;

    public ProblemController(CatalogReads reads) {
        this.reads = reads;
    }

    @QueryMapping
    public ProblemFileConnection ingestProblems(@Argument String rule, @Argument Integer first,
                                                @Argument String after) {
        int size = first == null ? DEFAULT_FILES : first;
        if (size < 1) {
            throw new InvalidArgumentException("first", size, "must be at least 1");
        }
        Page<ProblemFile> page = reads.problems().files(rule, size, after);
        return new ProblemFileConnection(page.items(), new PageInfo(page.hasMore(), after != null && !after.isEmpty(),
                null, page.nextCursor()), rule);
    }

    /** Counted only when asked for: it is a read of its own. */
    @SchemaMapping(typeName = "ProblemFileConnection")
    public long totalCount(ProblemFileConnection connection) {
        return reads.problems().countFiles(connection.rule());
    }
}
