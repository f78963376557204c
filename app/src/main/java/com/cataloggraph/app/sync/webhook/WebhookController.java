package com.cataloggraph.app.sync.webhook;

import com.cataloggraph.app.sync.SourceKind;
import com.cataloggraph.app.sync.SyncProperties;
import com.cataloggraph.codehosts.webhook.WebhookSecret;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/gitlab} and {@code POST /webhooks/github}. A delivery authenticates by its secret, not by an
 * API token: a wrong or missing one gets 401 and nothing is read. A body that is not the documented payload gets 400
 * naming the field; an event the catalog does not read 202 "ignored"; a full queue 503 with {@code Retry-After}; an
 * accepted delivery 202 with what it queued.
 */
@RestController
@ConditionalOnWebApplication
public final class WebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);
    static final String RETRY_AFTER_SECONDS = "30";

    private final ObjectProvider<WebhookDispatcher> dispatcher;
    private final SyncProperties.Webhooks settings;
    private final Optional<WebhookSecret> gitlab;
    private final Optional<WebhookSecret> github;
    private final Clock clock;

    public WebhookController(ObjectProvider<WebhookDispatcher> dispatcher, SyncProperties properties) {
        this.dispatcher = dispatcher;
        this.settings = properties.webhooks();
        this.gitlab = WebhookSecret.of("catalog.sync.webhooks.gitlab-secret", settings.gitlabSecret());
        this.github = WebhookSecret.of("catalog.sync.webhooks.github-secret", settings.githubSecret());
        this.clock = Clock.systemUTC();
    }

    @PostMapping(path = "/webhooks/gitlab", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> gitlab(HttpServletRequest request) throws IOException {
        if (gitlab.isEmpty()) {
            return answer(HttpStatus.UNAUTHORIZED, "error", "no GitLab webhook secret is configured "
                    + "(catalog.sync.webhooks.gitlab-secret, GITLAB_WEBHOOK_SECRET); every delivery is refused");
        }
        if (!gitlab.get().matchesGitLabToken(request.getHeader("X-Gitlab-Token"))) {
            LOG.warn("refused a GitLab delivery from {}: wrong or missing X-Gitlab-Token", request.getRemoteAddr());
            return answer(HttpStatus.UNAUTHORIZED, "error", "X-Gitlab-Token does not match the configured secret");
        }
        Optional<byte[]> body = body(request);
        if (body.isEmpty()) {
            return tooLarge();
        }
        String uuid = Optional.ofNullable(request.getHeader("X-Gitlab-Event-UUID"))
                .orElse(request.getHeader("Idempotency-Key"));
        return dispatch(SourceKind.GITLAB, () -> GitLabDeliveries.parse(request.getHeader("X-Gitlab-Event"), uuid,
                body.get(), clock.instant()));
    }

    @PostMapping(path = "/webhooks/github", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> github(HttpServletRequest request) throws IOException {
        if (github.isEmpty()) {
            return answer(HttpStatus.UNAUTHORIZED, "error", "no GitHub webhook secret is configured "
                    + "(catalog.sync.webhooks.github-secret, GITHUB_WEBHOOK_SECRET); every delivery is refused");
        }
        Optional<byte[]> body = body(request);
        if (body.isEmpty()) {
            return tooLarge();
        }
        if (!github.get().matchesGitHubSignature(request.getHeader("X-Hub-Signature-256"), body.get())) {
            LOG.warn("refused a GitHub delivery from {}: wrong or missing X-Hub-Signature-256", request.getRemoteAddr());
            return answer(HttpStatus.UNAUTHORIZED, "error", "X-Hub-Signature-256 is not the HMAC of the body with the "
                    + "configured secret");
        }
        return dispatch(SourceKind.GITHUB, () -> GitHubDeliveries.parse(request.getHeader("X-GitHub-Event"),
                request.getHeader("X-GitHub-Delivery"), body.get(), clock.instant()));
    }

    private ResponseEntity<Map<String, Object>> dispatch(SourceKind provider, java.util.function.Supplier<Delivery> parse) {
        WebhookDispatcher available = dispatcher.getIfAvailable();
        if (available == null) {
            return answer(HttpStatus.NOT_FOUND, "error", "this server syncs no sources: configure catalog.sync.sources "
                    + "and run serve");
        }
        Delivery delivery;
        try {
            delivery = parse.get();
        } catch (MalformedPayloadException e) {
            return answer(HttpStatus.BAD_REQUEST, "error", e.getMessage());
        }
        WebhookDispatcher.Verdict verdict = available.dispatch(provider, delivery);
        if (verdict.refused()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                    .body(Map.of("error", verdict.detail() + "; retry later", "delivery", delivery.id()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("delivery", delivery.id());
        body.put("status", verdict.outcome());
        body.put("detail", verdict.detail());
        body.put("repositories", verdict.repositories());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    /** The body, read no further than the limit; empty when it is longer. */
    private Optional<byte[]> body(HttpServletRequest request) throws IOException {
        long limit = settings.maxPayload().toBytes();
        if (request.getContentLengthLong() > limit) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
        }
    }

    private ResponseEntity<Map<String, Object>> tooLarge() {
        return answer(HttpStatus.CONTENT_TOO_LARGE, "error", "the delivery is larger than "
                + settings.maxPayload().toBytes() + " bytes (catalog.sync.webhooks.max-payload)");
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String key, String message) {
        return ResponseEntity.status(status).body(Map.of(key, message));
    }
}
