package com.cataloggraph.ingest.discovery;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads when to retry from a rate-limited answer, by the providers' documented headers:
 * {@code Retry-After} (seconds) first; then, when the quota is used up
 * ({@code x-ratelimit-remaining: 0} on GitHub), the reset time in epoch seconds
 * ({@code x-ratelimit-reset} on GitHub, {@code RateLimit-Reset} on GitLab).
 */
final class RateLimitAdvice {

    private RateLimitAdvice() {
    }

    /** A 429, or a 403 that GitHub uses for its primary and secondary rate limits. */
    static boolean isRateLimited(HttpResponse<?> response) {
        if (response.statusCode() == 429) {
            return true;
        }
        return response.statusCode() == 403 && (response.headers().firstValue("retry-after").isPresent()
                || response.headers().firstValue("x-ratelimit-remaining").filter("0"::equals).isPresent());
    }

    /** The wait the answer asks for, if it says; never negative. */
    static Optional<Duration> requestedWait(HttpResponse<?> response, Clock clock) {
        Optional<Long> retryAfter = number(response, "retry-after");
        if (retryAfter.isPresent()) {
            return Optional.of(Duration.ofSeconds(Math.max(0, retryAfter.get())));
        }
        boolean exhausted = response.statusCode() == 429
                || response.headers().firstValue("x-ratelimit-remaining").filter("0"::equals).isPresent();
        Optional<Long> reset = number(response, "x-ratelimit-reset").or(() -> number(response, "ratelimit-reset"));
        if (exhausted && reset.isPresent()) {
            Duration untilReset = Duration.between(clock.instant(), Instant.ofEpochSecond(reset.get()));
            return Optional.of(untilReset.isNegative() ? Duration.ZERO : untilReset);
        }
        return Optional.empty();
    }

    private static Optional<Long> number(HttpResponse<?> response, String header) {
        return response.headers().firstValue(header).flatMap(value -> {
            try {
                return Optional.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
