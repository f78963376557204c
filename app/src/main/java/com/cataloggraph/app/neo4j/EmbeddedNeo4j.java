package com.cataloggraph.app.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.fleetmanagement.FleetManagementSettings;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j running inside this process, its files in the data folder, reachable over Bolt on the
 * loopback interface only, as user {@code neo4j} with the folder's generated password
 * ({@link BoltPassword}).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private static final String SET_PASSWORD = "ALTER USER " + BoltPassword.USER
            + " SET PASSWORD $password CHANGE NOT REQUIRED";

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final AuthToken auth;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, AuthToken auth) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.auth = auth;
    }

    /**
     * The credentials of the embedded database a data folder holds, for a process that attaches to
     * the instance running on it.
     *
     * @throws IllegalStateException when the folder has no password (its holder predates them, or
     *                               the file was removed while it ran)
     */
    public static AuthToken authFor(Path dataFolder) {
        return BoltPassword.read(dataFolder).map(password -> AuthTokens.basic(BoltPassword.USER, password))
                .orElseThrow(() -> new IllegalStateException("The data folder " + dataFolder + " has no "
                        + BoltPassword.FILE + " file; restart the process that holds it"));
    }

    /**
     * Starts Neo4j on the data folder, which is made readable by its owner only ({@link PrivateFolder}).
     *
     * @param boltPort 0 for any free port
     * @param pageCacheBytes memory for caching the store
     */
    public static EmbeddedNeo4j start(Path dataFolder, int boltPort, long pageCacheBytes) {
        long started = System.nanoTime();
        PrivateFolder.prepare(dataFolder);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataFolder)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.logs_directory, dataFolder.resolve("logs"))
                .setConfig(FleetManagementSettings.fleet_manager_enabled, false)
                // Without these, shutdown waits ~10 s for Bolt connections and threads to drain.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build();
        long built = System.nanoTime();
        // Checked on every start (set when not held), so the file is the truth even if someone changed the
        // password meanwhile.
        String password = BoltPassword.readOrCreate(dataFolder);
        if (!StoredPassword.isHeld(dbms, BoltPassword.USER, password)) {
            setPassword(dbms, password);
        }
        long passwordSet = System.nanoTime();
        HostnamePort address = boltAddress(dbms);
        URI uri = URI.create("bolt://127.0.0.1:" + address.getPort());
        LOG.info("Embedded Neo4j started in {} ms (databases {} ms, password {} ms), data in {}, Bolt at {} (user {},"
                + " password in {})", (System.nanoTime() - started) / 1_000_000, (built - started) / 1_000_000,
                (passwordSet - built) / 1_000_000, dataFolder.toAbsolutePath(), uri, BoltPassword.USER,
                dataFolder.toAbsolutePath().resolve(BoltPassword.FILE));
        return new EmbeddedNeo4j(dbms, uri, AuthTokens.basic(BoltPassword.USER, password));
    }

    public URI boltUri() {
        return boltUri;
    }

    /** What a driver connecting to {@link #boltUri()} authenticates with. */
    public AuthToken auth() {
        return auth;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        LOG.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(SET_PASSWORD, Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to set the password it already has: then there is nothing to do.
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                dbms.shutdown();
                throw e;
            }
        }
    }

    /** The port Bolt really listens on (the configured one may be 0). Internal API, kept here only. */
    private static HostnamePort boltAddress(DatabaseManagementService dbms) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
    }
}
