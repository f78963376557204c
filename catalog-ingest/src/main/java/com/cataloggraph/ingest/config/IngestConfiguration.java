package com.cataloggraph.ingest.config;

import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.store.ProcessName;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the ingester over the application's graph. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IngestProperties.class, IngestLeaseProperties.class})
public class IngestConfiguration {

    @Bean
    CatalogIngester catalogIngester(CatalogGraph graph, IngestProperties properties, IngestLeaseProperties lease,
                                    @Value("${catalog.command:app}") String command) {
        return new CatalogIngester(graph, properties, lease, ProcessName.of(command));
    }
}
