package com.cataloggraph.app.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link Neo4jServerMain} started as its own JVM with the tests' class path: a Neo4j server that the
 * application's processes reach over Bolt, as they would reach a deployment's database.
 */
public final class Neo4jServerProcess implements AutoCloseable {

    private final Process process;
    private final String address;

    private Neo4jServerProcess(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    /** Starts it and waits (up to {@code timeout}) until it serves. */
    public static Neo4jServerProcess start(Duration timeout) throws IOException, InterruptedException {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Neo4jServerMain.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> served = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("bolt ")) {
                        return line.substring("bolt ".length());
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String address = served.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (address == null) {
                throw new IllegalStateException("the Neo4j server process ended before serving");
            }
            Thread.ofPlatform().daemon().start(() -> drain(out));
            return new Neo4jServerProcess(process, address);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the Neo4j server process did not serve within " + timeout, e);
        }
    }

    /** {@code host:port} of its Bolt connector. */
    public String address() {
        return address;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void drain(BufferedReader out) {
        try {
            while (out.readLine() != null) {
                // its log, not needed
            }
        } catch (IOException ignored) {
            // it ended
        }
    }
}
