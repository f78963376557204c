package com.cataloggraph.codehosts.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** How a client is made; only the name and the API root are required. */
public final class HostClientBuilder {

    final String name;
    final URI base;
    final Map<String, String> headers = new LinkedHashMap<>();
    RetryPolicy policy = RetryPolicy.DEFAULT;
    RequestPacing pacing = RequestPacing.NONE;
    Sleeper sleeper = Sleeper.REAL;
    Clock clock = Clock.systemUTC();
    HttpClient http;
    Duration requestTimeout = Duration.ofSeconds(60);
    String waitHint = "";

    HostClientBuilder(String name, URI base) {
        this.name = name;
        this.base = base;
    }

    /** Sent with every request: {@code Accept}, the API version, the credential. */
    public HostClientBuilder headers(Map<String, String> more) {
        headers.putAll(more);
        return this;
    }

    public HostClientBuilder retry(RetryPolicy retryPolicy) {
        this.policy = retryPolicy;
        return this;
    }

    public HostClientBuilder pacing(RequestPacing requestPacing) {
        this.pacing = requestPacing;
        return this;
    }

    public HostClientBuilder time(Sleeper waits, Clock now) {
        this.sleeper = waits;
        this.clock = now;
        return this;
    }

    /** The JDK client to send with; it should follow no redirects (the default one does not). */
    public HostClientBuilder httpClient(HttpClient client) {
        this.http = client;
        return this;
    }

    public HostClientBuilder requestTimeout(Duration timeout) {
        this.requestTimeout = timeout;
        return this;
    }

    /** Appended to rate-limit failures, e.g. which setting allows a longer wait. */
    public HostClientBuilder waitHint(String hint) {
        this.waitHint = hint;
        return this;
    }

    public HostClient build() {
        return new HostClient(this);
    }
}
