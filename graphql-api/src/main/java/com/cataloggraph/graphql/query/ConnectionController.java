package com.cataloggraph.graphql.query;

import com.cataloggraph.graphql.CatalogReads;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
@SchemaMapping(typeName = "EntityConnection")
public class ConnectionController {

    private final CatalogReads reads;

    public ConnectionController(CatalogReads reads) {
        this.reads = reads;
    }

    /** Counted only when asked for: it is a read of its own. */
    @SchemaMapping
    public long totalCount(EntityConnection connection) {
        return reads.entities().count(connection.filter());
    }
}
