package com.cataloggraph.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.app.runtime.CatalogApplication;
import com.cataloggraph.app.testing.SharedNeo4jProperties;
import com.cataloggraph.model.testing.TestNeo4j;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A page in a developer's browser that rebinds its own host name to 127.0.0.1 must not reach a
 * catalog served without authentication: not to read it, not to start runs.
 */
@Tag("security")
@SpringBootTest(classes = CatalogApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoopbackHostGuardTest {

    private static final String STATS = "{\"query\":\"{ catalogStats { entityCount } }\"}";
    private static final String START_INGEST = "{\"query\":\"mutation { startIngest { id } }\"}";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedNeo4jProperties.register(registry);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void clean() {
        TestNeo4j.get().clean();
    }

    @Test
    void aRebindingPageGets403BeforeAnythingRuns() throws IOException {
        String answer = post("evil.example:" + port, "/graphql", START_INGEST);

        assertThat(answer).startsWith("HTTP/1.1 403 ").contains("\"error\":\"forbidden_host\"")
                .contains("DNS-rebinding protection").doesNotContain("\"data\"");
        assertThat(post("evil.example:" + port, "/graphql", STATS)).startsWith("HTTP/1.1 403 ");
        assertThat(post("evil.example:" + port, "/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                .startsWith("HTTP/1.1 403 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LocalHost"})
    void loopbackNamesAreServed(String host) throws IOException {
        assertThat(post(host + ":" + port, "/graphql", STATS)).startsWith("HTTP/1.1 200 ")
                .endsWith("{\"data\":{\"catalogStats\":{\"entityCount\":0}}}");
    }

    @Test
    void recognisesLoopbackNamesWithoutResolvingAny() {
        assertThat(List.of("127.0.0.1:8080", "127.8.9.10", "localhost", "LOCALHOST:80", "localhost.", "ui.localhost:3000",
                "[::1]:8080", "[::1]")).allMatch(LoopbackHostGuard::isLoopbackHost);
        assertThat(List.of("evil.example:8080", "localhost.evil.example", "127.0.0.1.evil.example", "10.0.0.1",
                "[::ffff:8.8.8.8]", "[evil.example]", "0x7f.1", "", "[::1")).noneMatch(LoopbackHostGuard::isLoopbackHost);
    }

    @Test
    void isOffWithAuthenticationOrInsecure() throws Exception {
        SecurityProperties tokens = TestSecuritySettings.of(List.of(new SecurityProperties.TokenEntry("ci",
                "a".repeat(64), Role.READER, null)), null, false);
        SecurityProperties insecure = TestSecuritySettings.of(List.of(), null, true);
        for (SecurityProperties properties : List.of(tokens, insecure)) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
            request.addHeader("Host", "catalog.example.com");
            AtomicBoolean passed = new AtomicBoolean();
            new LoopbackHostGuard(properties).doFilter(request, new MockHttpServletResponse(),
                    (req, res) -> passed.set(true));
            assertThat(passed).isTrue();
        }
    }

    /** A raw HTTP/1.1 POST: the JDK's client will not send a Host header other than the URL's. */
    private String post(String host, String path, String json) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
