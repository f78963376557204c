package com.cataloggraph.app.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the graph lives ({@code catalog.neo4j.*}).
 *
 * @param uri            an external Neo4j ({@code bolt://}, {@code neo4j://} for a cluster, {@code neo4j+s://}
 *                       for Aura); empty for the embedded database. Read from {@code NEO4J_URI}.
 * @param username       user for the external database ({@code NEO4J_USERNAME})
 * @param password       password for the external database ({@code NEO4J_PASSWORD})
 * @param database       database name on the external server, empty for its default ({@code NEO4J_DATABASE})
 * @param data           the embedded database's folder ({@code --data}, {@code CATALOG_GRAPH_DATA})
 * @param boltPort       the embedded database's Bolt port on 127.0.0.1; 0 for any free port
 * @param pageCache      memory the embedded database caches its store in
 * @param readTimeout    how long any read may run before the database stops it
 * @param whenDataInUse  what to do when another process holds the data folder
 * @param writeBatchSize entities written per transaction
 * @param connectionTimeout how long to wait for a connection before a request fails (and the interval of
 *                          schema retries while the database is away). 30 s, not less: opening a Bolt
 *                          connection (handshake and authentication) takes well under a second on an idle
 *                          machine, but several seconds on a starved one, where a 5 s limit failed whole
 *                          ingests; a database that is down still fails a request at once (connection
 *                          refused, retried for {@code maxRetryTime})
 * @param maxRetryTime   how long the driver retries a transaction on transient failures (a cluster's leader
 *                       switch, a deadlock) before the failure reaches the caller
 * @param maxConnectionPoolSize connections to each server (each cluster member) at most; a request beyond waits
 *                              up to {@code connectionAcquisitionTimeout} for one
 * @param connectionAcquisitionTimeout how long a request waits for a pooled connection; unset for
 *                                     {@code connectionTimeout}
 * @param maxConnectionLifetime connections older than this are closed and replaced (keep it below any idle
 *                              timeout of a load balancer or firewall between here and Neo4j)
 * @param connectionLivenessCheckTimeout a pooled connection idle longer than this is tested before use; unset
 *                                       for never (set it when something between here and Neo4j drops idle
 *                                       connections silently, as some cloud networks do)
 */
@ConfigurationProperties("catalog.neo4j")
public record Neo4jProperties(String uri, String username, String password, String database,
                              @DefaultValue("./data") Path data, @DefaultValue("7687") int boltPort,
                              @DefaultValue("256MB") DataSize pageCache, @DefaultValue("30s") Duration readTimeout,
                              @DefaultValue("attach") WhenDataInUse whenDataInUse,
                              @DefaultValue("1000") int writeBatchSize,
                              @DefaultValue("30s") Duration connectionTimeout,
                              @DefaultValue("3s") Duration maxRetryTime,
                              @DefaultValue("100") int maxConnectionPoolSize,
                              Duration connectionAcquisitionTimeout,
                              @DefaultValue("1h") Duration maxConnectionLifetime,
                              Duration connectionLivenessCheckTimeout) {

    public Neo4jProperties {
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("catalog.neo4j.bolt-port must be 0..65535, was " + boltPort);
        }
        if (maxConnectionPoolSize < 1) {
            throw new IllegalArgumentException("catalog.neo4j.max-connection-pool-size must be at least 1, was "
                    + maxConnectionPoolSize);
        }
        if (writeBatchSize < 1) {
            throw new IllegalArgumentException("catalog.neo4j.write-batch-size must be at least 1, was "
                    + writeBatchSize);
        }
    }

    /** How long a request waits for a pooled connection. */
    public Duration acquisitionTimeout() {
        return connectionAcquisitionTimeout != null ? connectionAcquisitionTimeout : connectionTimeout;
    }

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    /** What a process does when it finds the embedded data folder held by another. */
    public enum WhenDataInUse {
        /** Connect to the holder's Bolt endpoint (mcp, query, ingest). */
        ATTACH,
        /** Stop with a message saying how to reach the holder instead (serve). */
        FAIL
    }
}
