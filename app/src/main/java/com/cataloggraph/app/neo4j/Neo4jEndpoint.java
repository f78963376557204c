package com.cataloggraph.app.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Neo4j this process talks to: an external server, the embedded database it started, or
 * the embedded database of another process that holds the data folder.
 */
public final class Neo4jEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jEndpoint.class);
    private static final int DEFAULT_BOLT_PORT = 7687;

    private final URI uri;
    private final AuthToken auth;
    private final String database;
    private final String description;
    private final EmbeddedNeo4j embedded;
    private final DataFolderLock lock;

    private Neo4jEndpoint(URI uri, AuthToken auth, String database, String description, EmbeddedNeo4j embedded,
                          DataFolderLock lock) {
        this.uri = uri;
        this.auth = auth;
        this.database = database;
        this.description = description;
        this.embedded = embedded;
        this.lock = lock;
    }

    /**
     * Opens the endpoint the properties describe.
     *
     * @param command the command this process runs, published for a second process to read
     * @throws DataFolderInUseException when the folder is held and the policy is to fail, or the
     *                                  holder has not published its endpoint
     */
    public static Neo4jEndpoint open(Neo4jProperties properties, String command) {
        if (properties.external()) {
            URI uri = URI.create(properties.uri().trim());
            AuthToken auth = properties.password() == null || properties.password().isEmpty()
                    ? AuthTokens.none()
                    : AuthTokens.basic(properties.username() == null ? "neo4j" : properties.username(),
                            properties.password());
            return new Neo4jEndpoint(uri, auth, blankToNull(properties.database()), "external Neo4j at " + uri,
                    null, null);
        }
        Path data = properties.data().toAbsolutePath().normalize();
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(data);
        if (lock.isEmpty()) {
            return attach(data, properties);
        }
        try {
            int port = choosePort(properties.boltPort());
            EmbeddedNeo4j embedded = EmbeddedNeo4j.start(data, port, properties.pageCache().toBytes());
            lock.get().publish(new RunningInstance(ProcessHandle.current().pid(), command, embedded.boltUri()));
            return new Neo4jEndpoint(embedded.boltUri(), embedded.auth(), null,
                    "embedded Neo4j, data in " + data + ", Bolt at " + embedded.boltUri() + " (user "
                            + BoltPassword.USER + ", password in " + data.resolve(BoltPassword.FILE) + ")",
                    embedded, lock.get());
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
    }

    private static Neo4jEndpoint attach(Path data, Neo4jProperties properties) {
        Optional<RunningInstance> holder = DataFolderLock.holder(data);
        if (holder.isEmpty()) {
            throw notPublished(data);
        }
        RunningInstance instance = holder.get();
        if (properties.whenDataInUse() == Neo4jProperties.WhenDataInUse.FAIL) {
            throw inUse(data, instance);
        }
        LOG.info("Data folder {} is held by process {} ({}); connecting to it at {}", data, instance.pid(),
                instance.command(), instance.boltUri());
        return new Neo4jEndpoint(instance.boltUri(), EmbeddedNeo4j.authFor(data), null,
                "embedded Neo4j of process " + instance.pid() + " at " + instance.boltUri(), null, null);
    }

    /**
     * For a process that must own the data folder ({@code serve}): fails at once when another process holds
     * it, before anything is started. Takes nothing: {@link #open} takes the folder later.
     *
     * @throws DataFolderInUseException when the folder is held and the policy is to fail
     */
    public static void refuseIfHeld(Neo4jProperties properties) {
        if (properties.external() || properties.whenDataInUse() != Neo4jProperties.WhenDataInUse.FAIL) {
            return;
        }
        Path data = properties.data().toAbsolutePath().normalize();
        Optional<DataFolderLock> lock = DataFolderLock.tryAcquire(data);
        if (lock.isPresent()) {
            lock.get().close();
            return;
        }
        throw DataFolderLock.holder(data).map(instance -> inUse(data, instance))
                .orElseGet(() -> notPublished(data));
    }

    private static DataFolderInUseException inUse(Path data, RunningInstance instance) {
        return new DataFolderInUseException("The data folder " + data + " is in use by process "
                + instance.pid() + " (catalog-graph " + instance.command() + "). Connect to that instance "
                + "instead: Neo4j Browser or cypher-shell at " + instance.boltUri() + " (user "
                + BoltPassword.USER + ", password in " + data.resolve(BoltPassword.FILE) + "); `catalog-graph mcp`, "
                + "`query` and `ingest` with the same --data attach to it automatically. Or start this one "
                + "with another --data DIR.");
    }

    private static DataFolderInUseException notPublished(Path data) {
        return new DataFolderInUseException("The data folder " + data + " is in use by another process that "
                + "has not published its endpoint yet (still starting?). Try again in a few seconds, or use "
                + "another folder with --data DIR.");
    }

    /** The default port falls back to any free port when taken; a port asked for explicitly does not. */
    private static int choosePort(int requested) {
        if (requested == 0 || isFree(requested)) {
            return requested;
        }
        if (requested == DEFAULT_BOLT_PORT) {
            LOG.warn("Bolt port {} is taken (another Neo4j?); using a free port instead", requested);
            return 0;
        }
        throw new IllegalStateException("Bolt port " + requested + " on 127.0.0.1 is taken; choose another with "
                + "--bolt-port N (0 for any free port)");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public URI uri() {
        return uri;
    }

    public AuthToken auth() {
        return auth;
    }

    /** The database name, or null for the server's default. */
    public String database() {
        return database;
    }

    /** Whether this process runs the database itself. */
    public boolean embedded() {
        return embedded != null;
    }

    /** One line for people: what this is and where. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
