package com.cataloggraph.mcp.server;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CountDownLatch;

/**
 * Serves the catalog over stdio until the client closes its end: the SDK's transport reads
 * JSON-RPC lines from {@code in} and writes only protocol messages to {@code out}.
 */
public final class StdioServer {

    private StdioServer() {
    }

    /** Blocks until {@code in} ends (the client went away), then closes the server. */
    public static void serve(CatalogMcpServer catalog, InputStream in, OutputStream out) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        InputStream watched = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return signal(super.read());
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return signal(super.read(buffer, offset, length));
            }

            private int signal(int result) {
                if (result < 0) {
                    ended.countDown();
                }
                return result;
            }
        };
        McpSyncServer server = catalog.start(new StdioServerTransportProvider(McpJsonDefaults.getMapper(), watched,
                out));
        try {
            ended.await();
        } finally {
            server.closeGracefully();
        }
    }
}
