package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.CatalogGraphCommand;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.mcp.server.CatalogMcpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One command's start, measured to the moment it is ready for its user: {@code query} and
 * {@code ingest} when they have finished, {@code mcp} when it answers a first tool call,
 * {@code serve} when it prints that it serves. Fresh: a new process through the launcher; warm:
 * the same start inside this JVM, after it has done it before.
 */
enum StartupProbe {

    QUERY("query 'RETURN 1' (embedded database)") {
        @Override
        List<String> arguments(Path data, Path catalog) {
            return List.of("query", "RETURN 1", "--data", data.toString());
        }
    },
    INGEST("ingest, nothing changed") {
        @Override
        List<String> arguments(Path data, Path catalog) {
            return List.of("ingest", catalog.toString(), "--data", data.toString());
        }
    },
    MCP("mcp (stdio) answers a first tool call") {
        @Override
        List<String> arguments(Path data, Path catalog) {
            return List.of("mcp", "--data", data.toString());
        }

        @Override
        long fresh(Path launcher, Map<String, String> environment, Path data, Path catalog) throws Exception {
            Process process = start(launcher, environment, arguments(data, catalog));
            long started = System.nanoTime();
            try (OutputStream in = process.getOutputStream()) {
                // initialize is answered before the database is open; a tool call needs it, as warm does.
                for (String message : List.of(McpStartProbe.INITIALIZE, McpStartProbe.INITIALIZED,
                        McpStartProbe.FIRST_CALL)) {
                    in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
                }
                in.flush();
                awaitLine(process, line -> line.contains("\"id\":2"));
                return System.nanoTime() - started;
            } finally {
                finish(process);
            }
        }

        @Override
        void warm(Path data, Path catalog) {
            try (ConfigurableApplicationContext mcp = CatalogRuntime.start("mcp", false,
                    Map.of("catalog.neo4j.data", data.toString()))) {
                mcp.getBean(CatalogMcpServer.class);
            }
        }
    },
    SERVE("serve, announced and answering") {
        @Override
        List<String> arguments(Path data, Path catalog) {
            return List.of("serve", "--data", data.toString(), "--port", "0", "--bolt-port", "0");
        }

        @Override
        long fresh(Path launcher, Map<String, String> environment, Path data, Path catalog) throws Exception {
            Process process = start(launcher, environment, arguments(data, catalog));
            long started = System.nanoTime();
            try {
                awaitLine(process, line -> line.startsWith("Stop with Ctrl-C"));
                return System.nanoTime() - started;
            } finally {
                process.getOutputStream().close();
                finish(process);
            }
        }

        @Override
        void warm(Path data, Path catalog) {
            try (ConfigurableApplicationContext server = CatalogRuntime.start("serve", true, Map.of(
                    "catalog.neo4j.data", data.toString(), "catalog.neo4j.bolt-port", 0, "server.port", 0,
                    "catalog.neo4j.when-data-in-use", "fail"))) {
                server.getId();
            }
        }
    };

    private static final long PATIENCE_MINUTES = 10;

    private final String label;

    StartupProbe(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    abstract List<String> arguments(Path data, Path catalog);

    /** The same start inside this JVM: by default the same command line, run here. */
    void warm(Path data, Path catalog) {
        execute(arguments(data, catalog));
    }

    /** Nanoseconds from starting the launcher to ready. */
    long fresh(Path launcher, Map<String, String> environment, Path data, Path catalog) throws Exception {
        Process process = start(launcher, environment, arguments(data, catalog));
        long started = System.nanoTime();
        process.getOutputStream().close();
        try (BufferedReader out = reader(process)) {
            while (out.readLine() != null) {
                // Read to the end, so the process is never blocked on a full pipe.
            }
        }
        if (!process.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", arguments(data, catalog)) + " failed");
        }
        return System.nanoTime() - started;
    }

    private static Process start(Path launcher, Map<String, String> environment, List<String> arguments)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("NEO4J_URI");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static void awaitLine(Process process, Predicate<String> ready) throws IOException {
        BufferedReader out = reader(process);
        String line;
        while ((line = out.readLine()) != null) {
            if (ready.test(line)) {
                return;
            }
        }
        throw new IllegalStateException("the process ended before it was ready (exit " + process.exitValue() + ")");
    }

    private static void finish(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(PATIENCE_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private static void execute(List<String> arguments) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        int exit = CatalogGraphCommand.commandLine(nowhere, nowhere).execute(arguments.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", arguments) + " exited with " + exit);
        }
    }
}
