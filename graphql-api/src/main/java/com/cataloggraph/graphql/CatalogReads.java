package com.cataloggraph.graphql;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.CatalogStatusQueries;
import com.cataloggraph.model.query.DependsOnQueries;
import com.cataloggraph.model.query.EntityQueries;
import com.cataloggraph.model.query.FacetQueries;
import com.cataloggraph.model.query.IngestProblemQueries;
import com.cataloggraph.model.query.NeighbourhoodQueries;
import com.cataloggraph.model.query.OrderedListQueries;
import com.cataloggraph.model.query.RelatedEntityQueries;
import com.cataloggraph.model.query.RepositoryQueries;
import com.cataloggraph.model.query.StoredEntityQueries;
import com.cataloggraph.model.query.TraversalQueries;
import com.cataloggraph.model.store.CatalogDatabase;
import java.time.Duration;

/**
 * The graph-model queries the GraphQL API reads through. They run on their own
 * {@link CatalogDatabase} view of the application's database whose read timeout is the GraphQL
 * timeout, so Neo4j itself stops any read a request no longer has time for; the view shares the
 * application's bookmarks, so a read sees whatever this instance saw before.
 */
public record CatalogReads(CatalogDatabase database, EntityQueries entities, RelatedEntityQueries related,
                           StoredEntityQueries stored, DependsOnQueries dependsOn, TraversalQueries traversal,
                           CatalogStatusQueries status, RepositoryQueries repositories, OrderedListQueries ordered,
                           FacetQueries facets, NeighbourhoodQueries neighbourhoods, IngestProblemQueries problems) {

    public static CatalogReads over(CatalogGraph graph, Duration timeout) {
        CatalogDatabase database = graph.database().withReadTimeout(timeout);
        EntityQueries entities = new EntityQueries(database);
        return new CatalogReads(database, entities, new RelatedEntityQueries(database),
                new StoredEntityQueries(database), new DependsOnQueries(database), new TraversalQueries(database),
                new CatalogStatusQueries(database), new RepositoryQueries(database),
                new OrderedListQueries(database, entities), new FacetQueries(database),
                new NeighbourhoodQueries(database), new IngestProblemQueries(database));
    }
}
