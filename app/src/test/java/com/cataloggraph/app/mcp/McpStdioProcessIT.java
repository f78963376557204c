package com.cataloggraph.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.cli.ExitCodes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code catalog-graph mcp} on its own data folder, spoken to byte by byte: stdout carries
 * protocol messages and nothing else, and the process ends cleanly when its client hangs up.
 */
class McpStdioProcessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void stdoutCarriesOnlyProtocolMessagesAndClosingStdinEndsTheProcess(@TempDir Path data) throws Exception {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-jar", ServedCatalog.jar(), "mcp",
                "--data", data.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            OutputStream stdin = process.getOutputStream();
            send(stdin, """
                    {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",\
                    "capabilities":{},"clientInfo":{"name":"bytes","version":"1"}}}""");
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            JsonNode initialized = JSON.readTree(stdout.readLine());
            send(stdin, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            send(stdin, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"list_entities\","
                    + "\"arguments\":{}}}");
            JsonNode listed = JSON.readTree(stdout.readLine());
            stdin.close();

            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(ExitCodes.OK);
            List<String> rest = new ArrayList<>();
            stdout.lines().forEach(rest::add);
            assertThat(rest).isEmpty();
            assertThat(initialized.at("/result/serverInfo/name").asString()).isEqualTo("catalog-graph");
            assertThat(listed.at("/id").asInt()).isEqualTo(2);
            assertThat(listed.at("/result/structuredContent/total").asInt()).isZero();
            assertThat(listed.at("/result/isError").asBoolean()).isFalse();
            assertThat(Files.exists(data.resolve("catalog-graph.instance"))).isFalse();
        } finally {
            process.destroyForcibly();
        }
    }

    private static void send(OutputStream stdin, String message) throws Exception {
        stdin.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }
}
