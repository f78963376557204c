package com.cataloggraph.codehosts.http;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Requests to one code host's API with its fixed headers (credentials among them), retried within a
 * {@link RetryPolicy}: rate-limited answers wait as the host asks, server errors and broken connections back off
 * exponentially (for GET and HEAD; a POST is retried only on 502, 503 and 504, which never reached the
 * application). While one request waits out a rate limit, the others hold back too (a shared gate), so parallel
 * callers do not keep hitting a host that asked for a pause.
 *
 * <p>Credentials go only to the API's origin (scheme, host and port): a redirect or an absolute target elsewhere
 * is refused with {@link HostException.Reason#FOREIGN_ORIGIN}, never followed. Bodies are read up to a limit and
 * no further ({@link HostException.Reason#BODY_TOO_LARGE}).
 */
public final class HostClient {

    /** The default longest body: API pages and JSON answers are far smaller; a file read asks for its own limit. */
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(HostClient.class.getName());
    private static final int MAX_REDIRECTS = 5;

    private final String name;
    private final URI base;
    private final Map<String, String> headers;
    private final RetryPolicy policy;
    private final RequestPacing pacing;
    private final Sleeper sleeper;
    private final Clock clock;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final String waitHint;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger rateLimitWaits = new AtomicInteger();
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    HostClient(HostClientBuilder builder) {
        this.name = builder.name;
        this.base = ApiOrigin.withoutTrailingSlash(builder.base);
        this.headers = Map.copyOf(builder.headers);
        this.policy = builder.policy;
        this.pacing = builder.pacing;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.http = builder.http != null ? builder.http : defaultHttpClient();
        this.requestTimeout = builder.requestTimeout;
        this.waitHint = builder.waitHint;
    }

    /**
     * @param name the host's name for messages, e.g. {@code GitLab}
     * @param base the API root, e.g. {@code https://gitlab.example.com/api/v4}
     */
    public static HostClientBuilder builder(String name, URI base) {
        return new HostClientBuilder(name, base);
    }

    /** Follows no redirect by itself: {@link HostClient} decides which to follow. */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String name() {
        return name;
    }

    public URI base() {
        return base;
    }

    /** HTTP requests sent so far, retries and redirects included. */
    public int requests() {
        return requests.get();
    }

    /** Times a rate-limited answer made this client wait before retrying. */
    public int rateLimitWaits() {
        return rateLimitWaits.get();
    }

    public HostResponse get(String target) {
        return send(HostRequest.get(target));
    }

    /**
     * The answer, after the retries the policy allows. A server error that persists is returned, so the caller
     * can report its status.
     *
     * @throws HostException when rate limits or I/O failures outlast the policy, a redirect leaves the host, or
     *                       the body is longer than allowed
     */
    public HostResponse send(HostRequest request) {
        URI uri = resolve(request.target());
        for (int attempt = 1; ; attempt++) {
            if (!request.idempotent()) {
                pacing.awaitTurn();
            }
            HostResponse response;
            try {
                response = exchange(request, uri);
            } catch (IOException e) {
                if (!request.idempotent() || attempt >= policy.maxAttempts()) {
                    throw new HostException(HostException.Reason.UNREACHABLE, name + " " + request.method() + " "
                            + display(uri) + " failed after " + attempt + " attempt" + (attempt == 1 ? "" : "s") + ": "
                            + e, e);
                }
                pause(policy.backoff(policy.serverErrorWait(), attempt), request, uri, "I/O failure: " + e);
                continue;
            }
            if (RateLimitAdvice.isRateLimited(response)) {
                Duration wait = RateLimitAdvice.requestedWait(response, clock)
                        .orElse(policy.backoff(policy.fallbackWait(), attempt));
                if (wait.compareTo(policy.maxWait()) > 0) {
                    throw new HostException(HostException.Reason.RATE_LIMITED, name + " " + request.method() + " "
                            + display(uri) + " is rate limited for " + wait.toSeconds() + " s, longer than the "
                            + policy.maxWait().toSeconds() + " s allowed" + waitHint, response.status(), -1, null);
                }
                if (attempt >= policy.maxAttempts()) {
                    throw new HostException(HostException.Reason.RATE_LIMITED, name + " " + request.method() + " "
                            + display(uri) + " is still rate limited after " + attempt + " attempts" + waitHint,
                            response.status(), -1, null);
                }
                pauseAll(wait, request, uri);
                continue;
            }
            if (retriable(response.status(), request) && attempt < policy.maxAttempts()) {
                pause(policy.backoff(policy.serverErrorWait(), attempt), request, uri, "HTTP " + response.status());
                continue;
            }
            return response;
        }
    }

    /**
     * A target as a URI on the API: a path is appended to the API root; an absolute URL must be on the API's own
     * origin.
     *
     * @throws HostException ({@link HostException.Reason#FOREIGN_ORIGIN}) for an absolute URL elsewhere
     */
    public URI resolve(String target) {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            URI absolute = URI.create(target);
            if (!ApiOrigin.same(base, absolute)) {
                throw new HostException(HostException.Reason.FOREIGN_ORIGIN, name + " pointed at "
                        + ApiOrigin.of(absolute) + ", which is not its API's " + ApiOrigin.of(base)
                        + "; not following it, so no credential leaves " + ApiOrigin.of(base));
            }
            return absolute;
        }
        return URI.create(base + (target.startsWith("/") ? target : "/" + target));
    }

    /** The path and query below the API root, for messages: never a host's credential, never another host. */
    public String display(URI uri) {
        String root = base.getRawPath() == null ? "" : base.getRawPath();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (ApiOrigin.same(base, uri) && path.startsWith(root)) {
            path = path.substring(root.length());
        } else {
            path = ApiOrigin.of(uri) + path;
        }
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** One exchange, following redirects that stay on the API's origin. */
    private HostResponse exchange(HostRequest request, URI first) throws IOException {
        URI uri = first;
        String method = request.method();
        for (int hops = 0; ; hops++) {
            HttpResponse<InputStream> response = sendOnce(request, method, uri);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("location");
            if (status < 300 || status > 308 || status == 304 || location.isEmpty()) {
                return read(request, uri, response);
            }
            response.body().close();
            URI next = uri.resolve(location.get().strip());
            if (!ApiOrigin.same(base, next)) {
                throw new HostException(HostException.Reason.FOREIGN_ORIGIN, name + " redirected " + method + " "
                        + display(uri) + " to " + ApiOrigin.of(next) + "; credentials are sent only to "
                        + ApiOrigin.of(base) + ", so the redirect is not followed", status, -1, null);
            }
            if (hops == MAX_REDIRECTS) {
                throw new HostException(HostException.Reason.FOREIGN_ORIGIN, name + " redirected " + method + " "
                        + display(first) + " more than " + MAX_REDIRECTS + " times", status, -1, null);
            }
            if (status == 303 || (status == 301 || status == 302) && !method.equals("HEAD")) {
                method = "GET";
            }
            uri = next;
        }
    }

    private HttpResponse<InputStream> sendOnce(HostRequest request, String method, URI uri) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(requestTimeout);
        headers.forEach(builder::header);
        request.headers().forEach(builder::setHeader);
        boolean withBody = request.body() != null && method.equals(request.method());
        builder.method(method, withBody ? HttpRequest.BodyPublishers.ofByteArray(request.body())
                : HttpRequest.BodyPublishers.noBody());
        gate.readLock().lock();
        try {
            requests.incrementAndGet();
            LOG.log(Level.DEBUG, "{0} {1}", method, uri);
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Reason.INTERRUPTED, "interrupted while calling " + name, e);
        } finally {
            gate.readLock().unlock();
        }
    }

    private HostResponse read(HostRequest request, URI uri, HttpResponse<InputStream> response) throws IOException {
        long limit = request.maxBodyBytes() > 0 ? request.maxBodyBytes() : DEFAULT_MAX_BODY_BYTES;
        byte[] body = BoundedBody.read(response, limit);
        if (body == null) {
            long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
            throw new HostException(HostException.Reason.BODY_TOO_LARGE, name + " " + request.method() + " "
                    + display(uri) + " answered with " + (declared >= 0 ? declared + " bytes" : "a body")
                    + ", more than the " + limit + " bytes allowed; it was not read further",
                    response.statusCode(), declared, null);
        }
        return new HostResponse(uri, response.statusCode(), response.headers().map(), body);
    }

    private static boolean retriable(int status, HostRequest request) {
        return status == 502 || status == 503 || status == 504 || status >= 500 && request.idempotent();
    }

    /** Waits with every other request held back: the host asked this whole client to slow down. */
    private void pauseAll(Duration wait, HostRequest request, URI uri) {
        rateLimitWaits.incrementAndGet();
        gate.writeLock().lock();
        try {
            pause(wait, request, uri, "rate limited");
        } finally {
            gate.writeLock().unlock();
        }
    }

    private void pause(Duration wait, HostRequest request, URI uri, String why) {
        LOG.log(Level.INFO, "{0}: {1} for {2} {3}; retrying in {4} s", name, why, request.method(), display(uri),
                wait.toMillis() / 1000.0);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HostException(HostException.Reason.INTERRUPTED, "interrupted while waiting for " + name, e);
        }
    }
}
