package com.cataloggraph.ingest.config;

import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.model.CatalogGraph;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the ingester over the application's graph. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, HistoryProperties.class})
public class IngestConfiguration {

    @Bean
    CatalogIngester catalogIngester(CatalogGraph graph, IngestProperties properties, HistoryProperties history) {
        return new CatalogIngester(graph, properties, history);
    }
}
