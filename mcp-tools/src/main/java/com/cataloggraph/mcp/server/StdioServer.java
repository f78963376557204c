package com.cataloggraph.mcp.server;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the catalog over stdio until the client closes its end. Each line read from {@code in}
 * is screened first ({@link JsonRpcScreen}): one that is not a JSON-RPC message is answered with
 * a JSON-RPC error here and the session goes on (the SDK's transport would end it); the rest go to
 * the SDK's stdio transport, which writes only protocol messages to {@code out}.
 */
public final class StdioServer {

    /** How long closing the session may take once stdin has ended. */
    public static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofMillis(300);

    private static final Logger LOG = LoggerFactory.getLogger(StdioServer.class);

    private StdioServer() {
    }

    /** Blocks until {@code in} ends (the client went away), then closes the server. */
    public static void serve(CatalogMcpServer catalog, InputStream in, OutputStream out) {
        LineQueue accepted = new LineQueue();
        McpSyncServer server = catalog.serve(new StdioServerTransportProvider(McpJsonDefaults.getMapper(), accepted,
                out));
        try {
            screenLines(new BufferedInputStream(in), accepted, out);
        } finally {
            accepted.end();
            close(server);
        }
    }

    /** Closes the session, waiting for it at most {@link #CLOSE_WAIT}: the client has gone, nobody reads answers. */
    private static void close(McpSyncServer server) {
        Thread closing = Thread.ofPlatform().name("stdio-close").daemon().start(server::closeGracefully);
        try {
            closing.join(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void screenLines(InputStream in, LineQueue accepted, OutputStream out) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLarge = false;
        try {
            int b;
            while ((b = in.read()) != -1) {
                if (b != '\n') {
                    if (line.size() < JsonRpcScreen.MAX_MESSAGE_BYTES) {
                        line.write(b);
                    } else {
                        tooLarge = true;
                    }
                    continue;
                }
                if (tooLarge) {
                    write(out, JsonRpcScreen.tooLarge().json());
                } else {
                    screen(line.toString(StandardCharsets.UTF_8), accepted, out);
                }
                line.reset();
                tooLarge = false;
            }
            if (line.size() > 0 && !tooLarge) {
                screen(line.toString(StandardCharsets.UTF_8), accepted, out);
            }
        } catch (IOException e) {
            LOG.debug("stdin ended: {}", e.getMessage());
        }
    }

    private static void screen(String line, LineQueue accepted, OutputStream out) {
        String message = line.strip();
        if (message.isEmpty()) {
            return;
        }
        switch (JsonRpcScreen.screen(message)) {
            // The SDK's session holds every request but initialize until the client says it is initialized;
            // a ping must be answered at once, whenever it comes.
            case JsonRpcScreen.Pass pass when pass.isPing() -> write(out, pass.pong());
            case JsonRpcScreen.Pass pass -> accepted.offer(message);
            case JsonRpcScreen.Refuse refuse -> write(out, refuse.json());
        }
    }

    /** Writes one message line; the SDK writes its messages holding the same lock, so lines never mix. */
    private static void write(OutputStream out, String message) {
        synchronized (out) {
            try {
                out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
