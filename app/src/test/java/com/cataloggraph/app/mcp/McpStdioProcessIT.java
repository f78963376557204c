package com.cataloggraph.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.neo4j.DataFolderLock;
import com.cataloggraph.app.process.CatalogGraphProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code catalog-graph mcp} on its own data folder, spoken to byte by byte (issue 16): it answers
 * initialize before the database is open, a bad line does not end the session, stdout carries
 * protocol messages and nothing else, and when stdin closes the process ends and leaves the data
 * folder free, whether the database was open yet or not.
 */
class McpStdioProcessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",\
            "capabilities":{},"clientInfo":{"name":"bytes","version":"1"}}}""";
    private static final String DATABASE_OPEN = "Embedded Neo4j started";

    @Test
    void answersBeforeTheDatabaseIsOpenSurvivesABadLineAndEndsWithStdin(@TempDir Path data) throws Exception {
        List<String> stderr = new CopyOnWriteArrayList<>();
        Process process = start(data, stderr);
        try {
            OutputStream stdin = process.getOutputStream();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            send(stdin, INITIALIZE);
            JsonNode initialized = JSON.readTree(stdout.readLine());
            boolean openAtInitialize = stderr.stream().anyMatch(line -> line.contains(DATABASE_OPEN));
            send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
            JsonNode listed = JSON.readTree(stdout.readLine());
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":");
            JsonNode broken = JSON.readTree(stdout.readLine());
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}");
            JsonNode pong = JSON.readTree(stdout.readLine());
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"list_entities\","
                    + "\"arguments\":{},\"_meta\":{\"progressToken\":5}}}");
            JsonNode called = answer(stdout, 5);
            stdin.close();

            assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(process.exitValue()).isEqualTo(ExitCodes.OK);
            List<String> rest = new ArrayList<>();
            stdout.lines().forEach(rest::add);
            assertThat(rest).isEmpty();
            assertThat(initialized.at("/result/serverInfo/name").asString()).isEqualTo("catalog-graph");
            assertThat(openAtInitialize).as("the database was open when initialize was answered").isFalse();
            assertThat(listed.at("/result/tools").size()).isEqualTo(13);
            assertThat(broken.at("/error/code").asInt()).isEqualTo(-32700);
            assertThat(pong.toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":4,\"result\":{}}");
            assertThat(called.at("/result/structuredContent/total").asInt()).isZero();
            assertThat(called.at("/result/isError").asBoolean()).isFalse();
            assertFolderFree(data);
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void closingStdinWhileTheDatabaseOpensEndsTheProcessAndFreesTheFolder(@TempDir Path data) throws Exception {
        List<String> stderr = new CopyOnWriteArrayList<>();
        Process process = start(data, stderr);
        try {
            OutputStream stdin = process.getOutputStream();
            send(stdin, INITIALIZE);
            new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            stdin.close();
            long closed = System.nanoTime();

            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join("\n", stderr)).isTrue();
            System.out.printf("mcp ended %d ms after stdin closed (database %s)%n",
                    (System.nanoTime() - closed) / 1_000_000,
                    stderr.stream().anyMatch(line -> line.contains(DATABASE_OPEN)) ? "open" : "still opening");
            assertFolderFree(data);
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process start(Path data, List<String> stderr) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(CatalogGraphProcess.command("mcp", "--data", data.toString()));
        builder.environment().putAll(CatalogGraphProcess.environment());
        Process process = builder.start();
        Thread pump = new Thread(() -> new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)).lines().forEach(stderr::add));
        pump.setDaemon(true);
        pump.start();
        return process;
    }

    /** A second process could take the folder now (a stopped process may leave its stale endpoint note). */
    private static void assertFolderFree(Path data) {
        DataFolderLock.tryAcquire(data).orElseThrow(() -> new AssertionError("the data folder is still held"))
                .close();
    }

    /** The message with this id, after any progress notifications. */
    private static JsonNode answer(BufferedReader stdout, int id) throws Exception {
        JsonNode message = JSON.readTree(stdout.readLine());
        while (!message.has("id") || message.get("id").asInt() != id) {
            message = JSON.readTree(stdout.readLine());
        }
        return message;
    }

    private static void send(OutputStream stdin, String message) throws Exception {
        stdin.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }
}
