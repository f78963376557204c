package com.cataloggraph.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One start of {@code catalog-graph mcp} as an agent's client sees it: the process is started, sent
 * {@code initialize}, then one tool call, then its stdin is closed. Times are from the moment the
 * process was started.
 *
 * @param initializeMillis  until the answer to initialize arrived
 * @param firstAnswerMillis until the answer to the first tool call arrived (the database had to be open)
 * @param exitMillis        from closing stdin until the process was gone
 */
record McpStartProbe(long initializeMillis, long firstAnswerMillis, long exitMillis) {

    static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";
    static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    static final String FIRST_CALL = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"list_entities\",\"arguments\":{\"limit\":1}}}";

    static McpStartProbe run(List<String> command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            OutputStream stdin = process.getOutputStream();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            send(stdin, INITIALIZE);
            awaitAnswer(stdout, "\"id\":1,", command);
            long initialized = System.nanoTime();
            send(stdin, INITIALIZED);
            send(stdin, FIRST_CALL);
            awaitAnswer(stdout, "\"id\":2,", command);
            long answered = System.nanoTime();
            stdin.close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("mcp did not end after its stdin closed: " + String.join(" ", command));
            }
            long gone = System.nanoTime();
            return new McpStartProbe(millis(initialized - started), millis(answered - started), millis(gone - answered));
        } finally {
            process.destroyForcibly();
        }
    }

    private static void awaitAnswer(BufferedReader stdout, String id, List<String> command) throws IOException {
        String line;
        while ((line = stdout.readLine()) != null) {
            if (line.contains(id)) {
                if (line.contains("\"error\"")) {
                    throw new IllegalStateException("mcp answered with an error: " + line);
                }
                return;
            }
        }
        throw new IllegalStateException("mcp ended before answering: " + String.join(" ", command));
    }

    private static void send(OutputStream stdin, String message) throws IOException {
        stdin.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
