package com.cataloggraph.codehosts.http;

import static com.cataloggraph.codehosts.testing.RecordingHttpServer.Reply.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cataloggraph.codehosts.testing.RecordingHttpServer;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Paging as GitHub ({@code Link}) and GitLab ({@code X-Next-Page}, keyset {@code Link}) document it. */
class PagesTest {

    @Test
    void followsGitLabsNextPageHeaderUntilItIsEmpty() throws IOException {
        try (RecordingHttpServer gitlab = new RecordingHttpServer((request, exchange) -> switch (request.target()) {
            case "/api/v4/groups/g/projects?per_page=2&page=1" -> json(200, "[{\"id\":1},{\"id\":2}]", "X-Next-Page", "2");
            case "/api/v4/groups/g/projects?per_page=2&page=2" -> json(200, "[{\"id\":3}]", "X-Next-Page", "");
            default -> json(404, "{}");
        })) {
            HostClient client = HostClient.builder("GitLab", java.net.URI.create(gitlab.base() + "/api/v4")).build();

            assertThat(new Pages(client, 10).all("/groups/g/projects?per_page=2&page=1", "projects", ok()))
                    .extracting(node -> node.get("id").asInt()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void followsLinkNextAsGitHubAndGitLabKeysetPagingGiveIt() throws IOException {
        try (RecordingHttpServer github = new RecordingHttpServer((request, exchange) -> request.target().equals("/orgs/o/repos")
                ? json(200, "[{\"id\":1}]", "Link", "<" + exchangeBase(exchange) + "/orgs/o/repos?page=2>; rel=\"next\", <"
                        + exchangeBase(exchange) + "/orgs/o/repos?page=2>; rel=\"last\"")
                : json(200, "[{\"id\":2}]"))) {
            HostClient client = HostClient.builder("GitHub", github.base()).build();

            assertThat(new Pages(client, 10).all("/orgs/o/repos", "repositories", ok()))
                    .extracting(node -> node.get("id").asInt()).containsExactly(1, 2);
        }
    }

    @Test
    void aNextLinkToAnotherHostIsRefused() throws IOException {
        try (RecordingHttpServer github = new RecordingHttpServer((request, exchange) ->
                json(200, "[]", "Link", "<https://evil.example.com/orgs/o/repos?page=2>; rel=\"next\""))) {
            HostClient client = HostClient.builder("GitHub", github.base()).build();

            assertThatThrownBy(() -> new Pages(client, 10).all("/orgs/o/repos", "repositories", ok()))
                    .hasMessage("GitHub's next-page link https://evil.example.com/orgs/o/repos?page=2 leaves "
                            + github.base() + "; not following it");
            assertThat(github.requests()).hasSize(1);
        }
    }

    @Test
    void aListingThatNeverEndsStopsAtTheLimit() throws IOException {
        try (RecordingHttpServer gitlab = new RecordingHttpServer((request, exchange) ->
                json(200, "[]", "X-Next-Page", "2"))) {
            HostClient client = HostClient.builder("GitLab", gitlab.base()).build();

            assertThatThrownBy(() -> new Pages(client, 3).all("/p?page=1", "projects", ok()))
                    .hasMessage("GitLab has more than 3 pages of projects");
        }
    }

    private static java.util.function.Function<HostResponse, Optional<String>> ok() {
        return response -> response.ok() ? Optional.empty() : Optional.of("refused " + response.status());
    }

    private static String exchangeBase(com.sun.net.httpserver.HttpExchange exchange) {
        return "http://127.0.0.1:" + exchange.getLocalAddress().getPort();
    }
}
