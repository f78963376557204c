package com.cataloggraph.agentsmd.publish.http;

import com.cataloggraph.agentsmd.publish.PublishException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * JSON requests to one code host's API. Content-creating requests are paced; a 429 (or a 403
 * that is a rate limit) waits as the host says ({@code Retry-After}, or until
 * {@code x-ratelimit-reset}), a 5xx backs off; both retry up to the policy's attempts.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");
    /** GitHub's advice when a secondary limit gives no other hint. */
    private static final Duration RATE_LIMIT_DEFAULT_WAIT = Duration.ofSeconds(60);

    private final String host;
    private final URI base;
    private final Map<String, String> headers;
    private final RequestPacing pacing;
    private final RetryPolicy retries;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;

    /**
     * @param host    the host's name for messages, e.g. {@code GitLab}
     * @param base    the API root, e.g. {@code https://gitlab.com/api/v4}
     * @param headers sent with every request (authentication, API version)
     */
    public ApiClient(String host, URI base, Map<String, String> headers, RequestPacing pacing, RetryPolicy retries,
                     Sleeper sleeper, Clock clock) {
        this.host = host;
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.headers = Map.copyOf(headers);
        this.pacing = pacing;
        this.retries = retries;
        this.sleeper = sleeper;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** GET that must succeed. */
    public JsonNode get(String path) {
        return expectOk("GET", path, send("GET", path, null));
    }

    /** GET where 404 means "there is none". */
    public Optional<JsonNode> find(String path) {
        ApiResponse response = send("GET", path, null);
        if (response.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(expectOk("GET", path, response));
    }

    /** GET of a list, following {@code Link: <...>; rel="next"} through every page. */
    public List<JsonNode> getAll(String path) {
        List<JsonNode> items = new ArrayList<>();
        String next = path;
        int pages = 0;
        while (next != null) {
            if (++pages > 100) {
                throw new PublishException(host + " GET " + path + " has more than 100 pages; refusing to read on");
            }
            ApiResponse response = send("GET", next, null);
            JsonNode body = expectOk("GET", next, response);
            if (!body.isArray()) {
                throw new ApiException(host + " GET " + next + " answered " + response.status()
                        + " with something that is not a list", response.status());
            }
            body.forEach(items::add);
            next = response.header("link").map(ApiClient::nextLink).orElse(null);
        }
        return items;
    }

    /** POST, PUT or PATCH that must succeed; returns the body. */
    public JsonNode write(String method, String path, Object body) {
        return expectOk(method, path, send(method, path, body));
    }

    /** Any request; the caller judges the status. Retries rate limits and server errors. */
    public ApiResponse send(String method, String path, Object body) {
        URI uri = resolve(path);
        boolean creates = !"GET".equals(method) && !"HEAD".equals(method);
        for (int attempt = 1; ; attempt++) {
            if (creates) {
                pacing.awaitTurn();
            }
            ApiResponse response = exchange(method, uri, body);
            Optional<Duration> wait = retryWait(response, attempt);
            if (wait.isEmpty()) {
                return response;
            }
            if (attempt >= retries.maxAttempts()) {
                throw new ApiException(host + " " + method + " " + display(uri) + " still answered " + response.status()
                        + " after " + attempt + " attempts: " + summary(response.body()), response.status());
            }
            if (wait.get().compareTo(retries.maxWait()) > 0) {
                throw new ApiException(host + " " + method + " " + display(uri) + " is rate limited for "
                        + wait.get().toSeconds() + " s, longer than the " + retries.maxWait().toSeconds()
                        + " s allowed (catalog.agents-md.max-retry-wait); resume the run later", response.status());
            }
            sleeper.sleep(wait.get());
        }
    }

    /** How long to wait before retrying, or empty when the response is final. */
    private Optional<Duration> retryWait(ApiResponse response, int attempt) {
        int status = response.status();
        boolean rateLimited = status == 429 || status == 403 && (response.header("retry-after").isPresent()
                || response.header("x-ratelimit-remaining").map("0"::equals).orElse(false)
                || summary(response.body()).toLowerCase(Locale.ROOT).contains("rate limit"));
        if (rateLimited) {
            Optional<Duration> retryAfter = response.header("retry-after").flatMap(this::retryAfter);
            if (retryAfter.isPresent()) {
                return retryAfter;
            }
            Optional<String> reset = response.header("x-ratelimit-reset").or(() -> response.header("ratelimit-reset"));
            if (reset.isPresent() && reset.get().matches("\\d+")) {
                Duration until = Duration.between(clock.instant(), Instant.ofEpochSecond(Long.parseLong(reset.get())));
                return Optional.of(until.isNegative() ? Duration.ofSeconds(1) : until.plusSeconds(1));
            }
            return Optional.of(RATE_LIMIT_DEFAULT_WAIT.multipliedBy(1L << Math.min(attempt - 1, 4)));
        }
        if (status == 502 || status == 503 || status == 504) {
            return Optional.of(retries.backoff().multipliedBy(1L << Math.min(attempt - 1, 6)));
        }
        return Optional.empty();
    }

    /** {@code Retry-After}: delay seconds or an HTTP date. */
    private Optional<Duration> retryAfter(String value) {
        String trimmed = value.strip();
        if (trimmed.matches("\\d+")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(clock.instant(), at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private ApiResponse exchange(String method, URI uri, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> lower = new TreeMap<>();
            response.headers().map().forEach((name, values) -> lower.put(name.toLowerCase(Locale.ROOT), values));
            return new ApiResponse(response.statusCode(), lower, parse(response.body()));
        } catch (IOException e) {
            throw new PublishException(host + " " + method + " " + display(uri) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted during " + host + " " + method + " " + display(uri), e);
        }
    }

    private JsonNode expectOk(String method, String path, ApiResponse response) {
        if (!response.ok()) {
            throw new ApiException(host + " " + method + " " + display(resolve(path)) + " answered " + response.status()
                    + ": " + summary(response.body()), response.status());
        }
        return response.body();
    }

    private URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            URI absolute = URI.create(path);
            // Pagination links come from the host; never send its token anywhere else.
            if (!absolute.getScheme().equals(base.getScheme()) || !absolute.getRawAuthority().equals(base.getRawAuthority())) {
                throw new PublishException(host + " pointed at another host (" + absolute.getRawAuthority()
                        + "); not following it");
            }
            return absolute;
        }
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }

    /** The path and query, for messages: the host is named separately and the base may carry credentials. */
    private String display(URI uri) {
        String rawBase = base.getRawPath() == null ? "" : base.getRawPath();
        String path = uri.getRawPath().startsWith(rawBase) ? uri.getRawPath().substring(rawBase.length()) : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return JSON.getNodeFactory().stringNode(body);
        }
    }

    /** The host's error message, short. */
    static String summary(JsonNode body) {
        String text;
        if (body == null || body.isMissingNode()) {
            text = "(no body)";
        } else if (body.isString()) {
            text = body.stringValue();
        } else if (body.has("message")) {
            JsonNode message = body.get("message");
            text = message.isString() ? message.stringValue() : message.toString();
            if (body.has("errors")) {
                text += " " + body.get("errors");
            }
        } else if (body.has("error")) {
            text = body.get("error").toString();
        } else {
            text = body.toString();
        }
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String nextLink(String link) {
        Matcher matcher = NEXT_LINK.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }
}
