package com.cataloggraph.model;

import com.cataloggraph.model.query.CatalogStatusQueries;
import com.cataloggraph.model.query.EntityQueries;
import com.cataloggraph.model.query.OwnershipQueries;
import com.cataloggraph.model.query.RepositoryQueries;
import com.cataloggraph.model.query.TraversalQueries;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.CatalogWriter;
import com.cataloggraph.model.store.IngestRunLog;

/**
 * The catalog graph as the front ends see it: one database and the query families over it.
 * Built once per process and shared; every part is thread-safe.
 */
public record CatalogGraph(CatalogDatabase database, EntityQueries entities, TraversalQueries traversal,
                           OwnershipQueries ownership, CatalogStatusQueries status,
                           RepositoryQueries repositories, CatalogWriter writer, IngestRunLog runs) {

    public static CatalogGraph over(CatalogDatabase database, int writeBatchSize) {
        return new CatalogGraph(database, new EntityQueries(database), new TraversalQueries(database),
                new OwnershipQueries(database), new CatalogStatusQueries(database), new RepositoryQueries(database),
                new CatalogWriter(database, writeBatchSize), new IngestRunLog(database));
    }

    public static CatalogGraph over(CatalogDatabase database) {
        return over(database, 1000);
    }
}
