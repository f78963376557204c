package com.cataloggraph.ingest.discovery;

import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.json;
import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.raw;
import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.codehosts.http.AccessToken;
import com.cataloggraph.codehosts.http.HostClient;
import com.cataloggraph.codehosts.testing.RecordingHttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 items 7 and 9 as they were attacked: a GitLab API root that redirects the token to another port, and
 * a 2.5 GB descriptor that used to be buffered whole and abort the run.
 */
@Tag("security")
class HostileHostTest {

    private static final String TOKEN = "glpat-hostile-host-test";
    private static final String LISTING = "/api/v4/groups/larkspur/projects?include_subgroups=true&archived=false"
            + "&order_by=id&sort=asc&per_page=50&page=1";

    @Test
    void aTwoAndAHalfGigabyteDescriptorIsOneFilesProblemAndTheOthersAreRead() throws IOException {
        long huge = 2_500L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        try (RecordingHttpServer gitlab = new RecordingHttpServer((request, exchange) -> switch (request.target()) {
            case LISTING -> json(200, "[" + project(1, "larkspur/huge") + "," + project(2, "larkspur/payments") + "]",
                    "X-Next-Page", "");
            case "/api/v4/projects/1/repository/files/catalog-info%2Eyaml/raw?ref=main" -> {
                exchange.sendResponseHeaders(200, 0);
                byte[] chunk = "kind: Component\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
                try (OutputStream body = exchange.getResponseBody()) {
                    while (sent.get() < huge) {
                        body.write(chunk);
                        sent.addAndGet(chunk.length);
                    }
                }
                yield null;
            }
            case "/api/v4/projects/2/repository/files/catalog-info%2Eyaml/raw?ref=main" -> raw(200,
                    "kind: Component\nmetadata:\n  name: payments\n".getBytes(StandardCharsets.UTF_8), "text/plain");
            default -> json(404, "{\"message\":\"404 Not Found\"}");
        })) {
            DiscoveryResult result = discovery(URI.create(gitlab.base() + "/api/v4")).discover();

            assertThat(result.problems()).containsExactly(new DiscoveryProblem("larkspur/huge", "catalog-info.yaml",
                    "catalog-info.yaml is more than the 10485760 bytes allowed; it was not read"));
            assertThat(result.repositories()).extracting(DiscoveredRepository::slug).containsExactly("larkspur/payments");
            assertThat(sent.get()).as("bytes the stub managed to send of 2.5 GB").isLessThan(huge / 20);
        }
    }

    @Test
    void anApiRootThatRedirectsElsewhereNeverReceivesTheToken() throws IOException {
        try (RecordingHttpServer elsewhere = new RecordingHttpServer((request, exchange) -> json(200, "[]"));
             RecordingHttpServer gitlab = new RecordingHttpServer((request, exchange) ->
                     redirect(302, elsewhere.base() + request.target().replace("/redir", "")))) {
            URI api = URI.create(gitlab.base() + "/redir/api/v4");

            assertThatThrownBy(() -> discovery(api).discover())
                    .isInstanceOf(DiscoveryException.class)
                    .hasMessage("GitLab redirected GET " + LISTING.replace("/api/v4", "") + " to http://127.0.0.1:"
                            + elsewhere.base().getPort() + "; credentials are sent only to http://127.0.0.1:"
                            + gitlab.base().getPort() + ", so the redirect is not followed");
            assertThat(elsewhere.requests()).isEmpty();
            assertThat(gitlab.requests()).singleElement()
                    .satisfies(request -> assertThat(request.header("PRIVATE-TOKEN")).isEqualTo(TOKEN));
        }
    }

    private static GitLabDiscovery discovery(URI api) {
        return new GitLabDiscovery(GitLabDiscoveryOptions.forGroup("larkspur").withApiUrl(api)
                .withLimits(2, GitLabDiscoveryOptions.DEFAULT_MAX_FILE_BYTES, null),
                AccessToken.fromEnvironment("GITLAB_TOKEN", name -> TOKEN), HostClient.defaultHttpClient(),
                duration -> { }, Clock.systemUTC());
    }

    private static String project(int id, String path) {
        return """
                {"id":%d,"path_with_namespace":"%s","default_branch":"main","archived":false,
                 "web_url":"https://gitlab.example.com/%s","last_activity_at":"2026-11-01T10:00:00.000Z"}"""
                .formatted(id, path, path);
    }

}
