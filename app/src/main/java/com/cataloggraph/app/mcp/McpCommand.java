package com.cataloggraph.app.mcp;

import com.cataloggraph.app.cli.DatabaseOptions;
import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.server.StdioServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Serves the MCP tools over stdio to one agent until it closes stdin. If a {@code serve}
 * process holds the embedded data folder, this one reads through that process's Bolt port.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = {"Serve the 13 read-only catalog tools to an agent over MCP stdio until stdin closes.",
                "stdout carries protocol messages only; logs go to stderr. With --data on a folder a running "
                        + "`serve` holds, reads through that server's database."})
public final class McpCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws InterruptedException {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        // From here on nothing but MCP messages may reach stdout, whatever a library prints.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        try (ConfigurableApplicationContext context = CatalogRuntime.start("mcp", false, database.properties(0))) {
            StdioServer.serve(context.getBean(CatalogMcpServer.class), System.in, protocol);
        } finally {
            System.setOut(stdout);
        }
        return ExitCodes.OK;
    }
}
