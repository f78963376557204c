package com.cataloggraph.app.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * A Neo4j server in a process of its own, as a deployment's database is: the test harness with Bolt on a
 * free loopback port (advertised as such, so {@code neo4j://} routing answers with it), no authentication.
 * Prints {@code bolt 127.0.0.1:<port>} once it serves; stops when its standard input closes (the test
 * that started it ended, or died).
 */
public final class Neo4jServerMain {

    private Neo4jServerMain() {
    }

    public static void main(String[] args) throws IOException {
        int port = freePort();
        SocketAddress address = new SocketAddress("127.0.0.1", port);
        try (Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(BoltConnector.listen_address, address)
                .withConfig(BoltConnector.advertised_address, address)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build()) {
            System.out.println("bolt 127.0.0.1:" + port);
            System.out.flush();
            while (System.in.read() != -1) {
                // keep serving until the parent closes our input
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
