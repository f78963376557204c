package com.cataloggraph.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent client: the MCP Inspector's CLI ({@code npx @modelcontextprotocol/inspector --cli})
 * lists the tools over stdio and calls two of them, over stdio and over Streamable HTTP. Skipped
 * only where {@code npx} is absent, or the npm registry is out of reach and npx has no copy of the
 * Inspector; the first run downloads it, hence the long timeout.
 */
class McpInspectorIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSPECTOR = "@modelcontextprotocol/inspector";

    @BeforeAll
    static void requireNpx() {
        assumeTrue(succeeds("npx", "--version"), "npx is not installed: the MCP Inspector end-to-end test needs Node.js");
        assumeTrue(inspectorCached() || succeeds("npm", "view", INSPECTOR, "version"), "the npm registry is not "
                + "reachable and npx has no copy of " + INSPECTOR + ": the MCP Inspector end-to-end test needs one");
    }

    @Test
    void listsTheThirteenToolsOverStdio() throws Exception {
        JsonNode answer = inspector(stdioServer("--method", "tools/list"));

        List<String> names = new ArrayList<>();
        answer.get("tools").forEach(tool -> names.add(tool.get("name").asString()));
        assertThat(names).hasSize(13).contains("get_owner", "get_dependencies", "query_graph");
        assertThat(answer.at("/tools/0/annotations/readOnlyHint").asBoolean()).isTrue();
    }

    @Test
    void callsGetOwnerOverStreamableHttp() throws Exception {
        JsonNode answer = inspector(List.of(ServedCatalog.get().httpUrl() + "/mcp", "--transport", "http",
                "--method", "tools/call", "--tool-name", "get_owner", "--tool-arg", "entity=ledger"));

        assertThat(answer.at("/isError").asBoolean()).isFalse();
        assertThat(answer.at("/structuredContent/owners/0/owner/ref").asString()).isEqualTo("group:default/payments-team");
        assertThat(answer.at("/content/0/text").asString()).startsWith(
                "component:default/ledger is owned by group:default/payments-team (Payments Team)");
    }

    @Test
    void callsGetDependenciesOverStdio() throws Exception {
        JsonNode answer = inspector(stdioServer("--method", "tools/call", "--tool-name", "get_dependencies",
                "--tool-arg", "entity=payments-service"));

        List<String> refs = new ArrayList<>();
        answer.at("/structuredContent/items").forEach(item -> refs.add(item.get("ref").asString()));
        assertThat(refs).containsExactly("component:default/ledger", "resource:default/payments-db");
    }

    /**
     * Issue 16: tools/list under 3,000 tokens of OpenAI's o200k encoding, counted by the gpt-tokenizer
     * package (installed from the npm registry into a temporary folder) on the answer serve gives.
     */
    @Test
    void theToolListCostsUnderThreeThousandO200kTokens() throws Exception {
        java.net.http.HttpResponse<String> listed = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(ServedCatalog.get().httpUrl() + "/mcp"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json, text/event-stream")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Path folder = Files.createTempDirectory("o200k");
        Path tools = folder.resolve("tools-list.json");
        Files.writeString(tools, JSON.writeValueAsString(JSON.readTree(listed.body()).get("result")));
        run(folder, "npm", "install", "--silent", "--no-save", "--prefix", folder.toString(), "gpt-tokenizer@4.0.0");
        String tokens = run(folder, "node", "-e", "const {encode} = require('gpt-tokenizer/cjs/encoding/o200k_base');"
                + "console.log(encode(require('fs').readFileSync(process.argv[1], 'utf8')).length)", tools.toString());

        System.out.println("tools/list: " + Files.size(tools) + " characters, " + tokens.strip() + " o200k tokens");
        assertThat(Integer.parseInt(tokens.strip())).isLessThan(3000);
    }

    private static String run(Path folder, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(6, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
        return out;
    }

    private static List<String> stdioServer(String... method) throws Exception {
        List<String> args = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", ServedCatalog.jar(), "mcp", "--data", ServedCatalog.get().data().toString()));
        args.addAll(List.of(method));
        return args;
    }

    /** Runs the Inspector CLI and returns the JSON it prints. */
    private static JsonNode inspector(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("npx", "-y", INSPECTOR, "--cli"));
        command.addAll(args);
        Path out = Files.createTempFile("inspector", ".json");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(out.toFile()).start();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the Inspector did not finish: " + String.join(" ", command));
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        assertThat(process.exitValue()).as(text).isZero();
        return JSON.readTree(text.substring(text.indexOf('{')));
    }

    private static boolean succeeds(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(2, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** npx keeps what it fetched under ~/.npm/_npx/HASH/node_modules. */
    private static boolean inspectorCached() {
        Path npx = Path.of(System.getProperty("user.home"), ".npm", "_npx");
        try (var folders = Files.list(npx)) {
            return folders.anyMatch(folder -> Files.isDirectory(folder.resolve("node_modules").resolve(INSPECTOR)));
        } catch (IOException e) {
            return false;
        }
    }
}
