package com.cataloggraph.graphql;

import com.cataloggraph.graphql.entity.EntityTypeResolver;
import com.cataloggraph.graphql.error.CatalogExceptionResolver;
import com.cataloggraph.graphql.limit.QueryDeadlineInstrumentation;
import com.cataloggraph.graphql.limit.QueryLimitsInstrumentation;
import com.cataloggraph.graphql.loader.CatalogLoaders;
import com.cataloggraph.graphql.query.RefResolver;
import com.cataloggraph.model.CatalogGraph;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The GraphQL API's parts. Spring Boot's GraphQL auto-configuration serves the schema in
 * {@code resources/graphql/} at {@code /graphql} (POST, {@code spring.graphql.http.path}) and picks
 * up the controllers, instrumentations and exception resolver declared here. Bean names start
 * with {@code graphQl} so they cannot clash with other modules' beans in the one application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
public class GraphQlConfiguration {

    @Bean
    CatalogReads graphQlCatalogReads(CatalogGraph graph, GraphQlLimits limits) {
        return CatalogReads.over(graph, limits.timeout());
    }

    @Bean
    RefResolver graphQlRefResolver(CatalogReads reads) {
        return new RefResolver(reads);
    }

    @Bean
    CatalogLoaders graphQlCatalogLoaders(CatalogReads reads, BatchLoaderRegistry registry) {
        CatalogLoaders loaders = new CatalogLoaders(reads);
        loaders.registerWith(registry);
        return loaders;
    }

    @Bean
    GraphQlSourceBuilderCustomizer graphQlEntityTypes() {
        return builder -> builder.defaultTypeResolver(new EntityTypeResolver());
    }

    @Bean
    QueryLimitsInstrumentation graphQlQueryLimits(GraphQlLimits limits) {
        return new QueryLimitsInstrumentation(limits);
    }

    @Bean
    QueryDeadlineInstrumentation graphQlQueryDeadline(GraphQlLimits limits) {
        return new QueryDeadlineInstrumentation(limits.timeout());
    }

    @Bean
    CatalogExceptionResolver graphQlExceptionResolver(GraphQlLimits limits) {
        return new CatalogExceptionResolver(limits.timeout());
    }
}
