package com.cataloggraph.app.sync;

import com.cataloggraph.app.sync.webhook.RereadQueue;
import com.cataloggraph.app.sync.webhook.WebhookDispatcher;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.model.CatalogGraph;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the living catalog into {@code serve}: the sources, their schedules and watchers, the webhook queue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
class SyncConfiguration {

    @Bean
    @ConditionalOnProperty(name = "catalog.command", havingValue = "serve")
    SyncedSources syncedSources(SyncProperties properties, CatalogIngester ingester, CatalogGraph graph) {
        return new SyncedSources(properties, ingester, graph, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "catalog.command", havingValue = "serve")
    SyncScheduler syncScheduler(SyncedSources sources, SyncProperties properties) {
        return new SyncScheduler(sources, properties);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "catalog.command", havingValue = "serve")
    RereadQueue rereadQueue(SyncedSources sources, SyncProperties properties) {
        return new RereadQueue(sources.ledger(), properties.webhooks(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnProperty(name = "catalog.command", havingValue = "serve")
    WebhookDispatcher webhookDispatcher(SyncedSources sources, RereadQueue queue) {
        return new WebhookDispatcher(sources, queue);
    }
}
