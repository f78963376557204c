package com.cataloggraph.codehosts.http;

import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.json;
import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.codehosts.testing.RecordingHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client against real HTTP servers: credentials stay on the configured origin (issue 20 item 7), bodies are
 * read only up to their limit (item 9), retries follow the policy.
 */
@Tag("security")
class HostClientTest {

    private static final String TOKEN = "glpat-redirect-victim";
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

    private final List<Duration> waits = new ArrayList<>();
    private final List<RecordingHttpServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(RecordingHttpServer::close);
    }

    @Test
    void aRedirectToAnotherPortIsRefusedAndTheTokenNeverReachesIt() throws IOException {
        RecordingHttpServer elsewhere = server((request, exchange) -> json(200, "[]"));
        RecordingHttpServer gitlab = server((request, exchange) ->
                redirect(302, elsewhere.base() + request.target().replace("/redir", "")));
        HostClient client = client(URI.create(gitlab.base() + "/redir/api/v4"));

        assertThatThrownBy(() -> client.get("/groups/g/projects?page=1"))
                .isInstanceOf(HostException.class)
                .hasMessage("GitLab redirected GET /groups/g/projects?page=1 to " + origin(elsewhere)
                        + "; credentials are sent only to " + origin(gitlab) + ", so the redirect is not followed")
                .extracting(e -> ((HostException) e).reason()).isEqualTo(HostException.Reason.FOREIGN_ORIGIN);
        assertThat(elsewhere.requests()).isEmpty();
        assertThat(gitlab.requests()).hasSize(1);
    }

    @Test
    void aRedirectOnTheSameHostIsFollowedWithTheToken() throws IOException {
        RecordingHttpServer gitlab = server((request, exchange) -> request.target().startsWith("/old/")
                ? redirect(301, request.target().replace("/old/", "/new/"))
                : json(200, "{\"id\":7}"));
        HostClient client = client(URI.create(gitlab.base() + "/old/api/v4"));

        HostResponse response = client.get("/projects/7");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.uri()).isEqualTo(URI.create(gitlab.base() + "/new/api/v4/projects/7"));
        assertThat(gitlab.requests()).extracting(RecordingHttpServer.Request::target)
                .containsExactly("/old/api/v4/projects/7", "/new/api/v4/projects/7");
        assertThat(gitlab.requests()).allSatisfy(request -> assertThat(request.header("PRIVATE-TOKEN")).isEqualTo(TOKEN));
    }

    @Test
    void anAbsoluteTargetOnAnotherHostIsRefusedBeforeAnythingIsSent() throws IOException {
        RecordingHttpServer gitlab = server((request, exchange) -> json(200, "[]"));
        HostClient client = client(URI.create(gitlab.base() + "/api/v4"));

        assertThatThrownBy(() -> client.get("https://evil.example.com/api/v4/projects"))
                .isInstanceOf(HostException.class)
                .hasMessage("GitLab pointed at https://evil.example.com:443, which is not its API's " + origin(gitlab)
                        + "; not following it, so no credential leaves " + origin(gitlab));
        assertThat(gitlab.requests()).isEmpty();
    }

    @Test
    void aBodyLongerThanTheLimitIsAbandonedAtTheLimit() throws IOException {
        long huge = 3L * 1024 * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        RecordingHttpServer gitlab = server((request, exchange) -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0); // chunked: no length declared, so the client must count
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream body = exchange.getResponseBody()) {
                while (sent.get() < huge) {
                    body.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            }
            return null;
        });
        HostClient client = client(URI.create(gitlab.base() + "/api/v4"));

        assertThatThrownBy(() -> client.send(HostRequest.get("/projects/1/repository/files/big/raw?ref=main")
                .withMaxBodyBytes(1024 * 1024)))
                .isInstanceOf(HostException.class)
                .hasMessage("GitLab GET /projects/1/repository/files/big/raw?ref=main answered with a body, more than "
                        + "the 1048576 bytes allowed; it was not read further")
                .satisfies(e -> assertThat(((HostException) e).reason()).isEqualTo(HostException.Reason.BODY_TOO_LARGE));
        assertThat(sent.get()).as("bytes the server managed to send").isLessThan(huge / 10);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() throws IOException {
        RecordingHttpServer gitlab = server((request, exchange) -> json(200, "x".repeat(5000)));
        HostClient client = client(URI.create(gitlab.base() + "/api/v4"));

        assertThatThrownBy(() -> client.send(HostRequest.get("/f").withMaxBodyBytes(100)))
                .isInstanceOf(HostException.class)
                .satisfies(e -> assertThat(((HostException) e).declaredSize()).hasValue(5000));
    }

    @Test
    void aRetryAfterDateIsWaitedOutThenTheRequestIsRepeated() throws IOException {
        List<Integer> calls = new ArrayList<>();
        RecordingHttpServer github = server((request, exchange) -> {
            calls.add(1);
            return calls.size() == 1 ? json(429, "{}", "Retry-After", "Sun, 22 Nov 2026 12:00:20 GMT")
                    : json(200, "{}");
        });

        assertThat(client(URI.create(github.base().toString())).get("/orgs/o").status()).isEqualTo(200);
        assertThat(waits).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void aPostThatFailsWith500IsNotRepeatedButA503Is() throws IOException {
        RecordingHttpServer gitlab = server((request, exchange) -> request.target().equals("/a")
                ? json(500, "{\"message\":\"boom\"}") : json(503, "{\"message\":\"busy\"}"));
        HostClient client = client(gitlab.base());

        assertThat(client.send(HostRequest.json("POST", "/a", Map.of("x", 1))).status()).isEqualTo(500);
        assertThat(client.send(HostRequest.json("POST", "/b", Map.of("x", 1))).status()).isEqualTo(503);
        assertThat(gitlab.targets()).containsExactly("POST /a", "POST /b", "POST /b", "POST /b");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void requestsAreCountedRetriesIncluded() throws IOException {
        List<Integer> calls = new ArrayList<>();
        RecordingHttpServer gitlab = server((request, exchange) -> {
            calls.add(1);
            return calls.size() == 1 ? json(502, "{}") : json(200, "{}");
        });
        HostClient client = client(gitlab.base());

        client.get("/x");

        assertThat(client.requests()).isEqualTo(2);
    }

    private RecordingHttpServer server(RecordingHttpServer.Handler handler) throws IOException {
        RecordingHttpServer server = new RecordingHttpServer(handler);
        servers.add(server);
        return server;
    }

    private HostClient client(URI base) {
        return HostClient.builder("GitLab", base).headers(Map.of("PRIVATE-TOKEN", TOKEN))
                .retry(new RetryPolicy(3, Duration.ofMinutes(5), Duration.ofSeconds(1)))
                .time(waits::add, Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private static String origin(RecordingHttpServer server) {
        return "http://127.0.0.1:" + server.base().getPort();
    }
}
