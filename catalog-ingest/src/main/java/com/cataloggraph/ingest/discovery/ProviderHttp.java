package com.cataloggraph.ingest.discovery;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * GET requests to one provider's API with its fixed headers, retried within a {@link RetryPolicy}:
 * rate-limited answers wait as the provider asks, 5xx answers and I/O failures back off
 * exponentially. While one request waits out a rate limit, the others hold back too (a shared
 * gate), so parallel fetches do not keep hitting a provider that asked for a pause.
 */
final class ProviderHttp {

    private static final System.Logger LOG = System.getLogger(ProviderHttp.class.getName());

    private final String provider;
    private final HttpClient client;
    private final Map<String, String> headers;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Duration requestTimeout;
    private final AtomicInteger requests = new AtomicInteger();
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    ProviderHttp(String provider, HttpClient client, Map<String, String> headers, RetryPolicy policy, Sleeper sleeper,
                 Clock clock, Duration requestTimeout) {
        this.provider = provider;
        this.client = client;
        this.headers = Map.copyOf(headers);
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.requestTimeout = requestTimeout;
    }

    static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    int requests() {
        return requests.get();
    }

    /**
     * The answer to {@code GET uri}, after the retries the policy allows. Returns the last answer
     * when a 5xx persists, so the caller can report its status.
     *
     * @throws DiscoveryException when rate limits or I/O failures outlast the policy
     */
    HttpResponse<byte[]> get(URI uri, Map<String, String> extraHeaders) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(requestTimeout);
        headers.forEach(builder::header);
        extraHeaders.forEach(builder::setHeader);
        HttpRequest request = builder.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = send(request);
            } catch (IOException e) {
                if (attempt >= policy.maxAttempts()) {
                    throw new DiscoveryException(provider + " could not be reached at " + uri + " after " + attempt
                            + " attempts: " + e.getMessage(), e);
                }
                pause(backoff(policy.serverErrorWait(), attempt), uri, "I/O failure: " + e.getMessage());
                continue;
            }
            if (RateLimitAdvice.isRateLimited(response)) {
                Duration fallback = backoff(policy.fallbackWait(), attempt);
                Duration wait = RateLimitAdvice.requestedWait(response, clock).orElse(fallback);
                if (wait.compareTo(policy.maxWait()) > 0) {
                    throw new DiscoveryException(provider + " rate limit: asked to wait " + wait.toSeconds() + " s for "
                            + uri + ", more than the " + policy.maxWait().toSeconds() + " s allowed");
                }
                if (attempt >= policy.maxAttempts()) {
                    throw new DiscoveryException(provider + " rate limit: still limited after " + attempt
                            + " attempts for " + uri);
                }
                pauseAll(wait, uri);
                continue;
            }
            if (response.statusCode() >= 500 && attempt < policy.maxAttempts()) {
                pause(backoff(policy.serverErrorWait(), attempt), uri, "HTTP " + response.statusCode());
                continue;
            }
            return response;
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        gate.readLock().lock();
        try {
            requests.incrementAndGet();
            LOG.log(Level.DEBUG, "GET {0}", request.uri());
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryException("Interrupted while calling " + provider, e);
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Waits with every other request held back: the provider asked this whole client to slow down. */
    private void pauseAll(Duration wait, URI uri) {
        gate.writeLock().lock();
        try {
            pause(wait, uri, "rate limited");
        } finally {
            gate.writeLock().unlock();
        }
    }

    private void pause(Duration wait, URI uri, String why) {
        LOG.log(Level.INFO, "{0}: {1} for {2}; retrying in {3} s", provider, why, uri, wait.toMillis() / 1000.0);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryException("Interrupted while waiting for " + provider, e);
        }
    }

    /** {@code first}, doubled after each failed attempt, never above the policy's longest wait. */
    private Duration backoff(Duration first, int attempt) {
        Duration wait = first.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : wait;
    }
}
