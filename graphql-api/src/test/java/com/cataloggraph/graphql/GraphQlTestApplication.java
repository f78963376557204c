package com.cataloggraph.graphql;

import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The GraphQL API as the application runs it, over the shared test Neo4j: the one bean the API
 * needs from the application is a {@link CatalogGraph}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = GraphQlConfiguration.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class GraphQlTestApplication {

    @Bean
    CatalogGraph catalogGraph() {
        return CatalogGraph.over(TestNeo4j.get().database());
    }
}
