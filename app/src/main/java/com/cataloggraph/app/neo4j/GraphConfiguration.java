package com.cataloggraph.app.neo4j;

import com.cataloggraph.ingest.config.IngestLeaseProperties;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.ReadOnlyCypher;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.store.ProcessName;
import com.cataloggraph.model.store.RunHeartbeat;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.WebApplicationContext;

/**
 * Wires the graph: the endpoint (embedded, attached or external), the driver, and the shared
 * catalog queries. Spring closes them in reverse: driver first, then the embedded database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Neo4jProperties.class)
public class GraphConfiguration {

    @Bean(destroyMethod = "close")
    Neo4jEndpoint neo4jEndpoint(Neo4jProperties properties, @Value("${catalog.command:app}") String command) {
        return Neo4jEndpoint.open(properties, command);
    }

    /**
     * Fails fast when the database is away (a request errors in seconds), reconnects by itself when it returns.
     * A {@code neo4j://} URI routes: writes to the cluster's leader, reads (read transactions) to followers.
     */
    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jEndpoint endpoint, Neo4jProperties properties) {
        Config.ConfigBuilder config = Config.builder()
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .withConnectionTimeout(properties.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(properties.acquisitionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(properties.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                .withMaxConnectionPoolSize(properties.maxConnectionPoolSize())
                .withMaxConnectionLifetime(properties.maxConnectionLifetime().toMillis(), TimeUnit.MILLISECONDS);
        if (properties.connectionLivenessCheckTimeout() != null) {
            config.withConnectionLivenessCheckTimeout(properties.connectionLivenessCheckTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return GraphDatabase.driver(endpoint.uri(), endpoint.auth(), config.build());
    }

    @Bean
    CatalogDatabase catalogDatabase(Driver driver, Neo4jEndpoint endpoint, Neo4jProperties properties) {
        return new CatalogDatabase(driver, endpoint.database(), properties.readTimeout());
    }

    /** A server waits for an unavailable database in the background; a command fails fast (see its use). */
    @Bean(destroyMethod = "close")
    SchemaBootstrap schemaBootstrap(CatalogDatabase database, Neo4jProperties properties,
                                    ApplicationContext context) {
        SchemaBootstrap bootstrap = new SchemaBootstrap(database, properties.connectionTimeout());
        if (context instanceof WebApplicationContext) {
            bootstrap.applyOrRetryInBackground();
        } else {
            bootstrap.ensureApplied();
        }
        return bootstrap;
    }

    @Bean
    CatalogGraph catalogGraph(CatalogDatabase database, Neo4jProperties properties, SchemaBootstrap schema) {
        return CatalogGraph.over(database, properties.writeBatchSize());
    }

    /** Keeps the runs this instance accepted visibly alive, for as long as the ingest lease outlives a holder. */
    @Bean(destroyMethod = "close")
    RunHeartbeat runHeartbeat(CatalogDatabase database, IngestLeaseProperties lease,
                              @Value("${catalog.command:app}") String command) {
        return new RunHeartbeat(database, lease.timeout(), ProcessName.of(command));
    }

    @Bean
    ReadOnlyCypher readOnlyCypher(CatalogDatabase database) {
        return new ReadOnlyCypher(database);
    }
}
