package com.cataloggraph.codehosts.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads when to retry from a rate-limited answer, by the hosts' documented headers: {@code Retry-After}
 * (seconds or an HTTP date) first; then, when the quota is used up ({@code x-ratelimit-remaining: 0} on GitHub, any
 * 429 on GitLab), the reset time in epoch seconds ({@code x-ratelimit-reset} on GitHub, {@code RateLimit-Reset} on
 * GitLab) plus one second, since the reset second is rounded down.
 */
final class RateLimitAdvice {

    private RateLimitAdvice() {
    }

    /** A 429, or a 403 that GitHub uses for its primary and secondary rate limits. */
    static boolean isRateLimited(HostResponse response) {
        if (response.status() == 429) {
            return true;
        }
        return response.status() == 403 && (response.header("retry-after").isPresent()
                || response.header("x-ratelimit-remaining").filter("0"::equals).isPresent()
                || new String(response.body(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("rate limit"));
    }

    /** The wait the answer asks for, if it says; never negative. */
    static Optional<Duration> requestedWait(HostResponse response, Clock clock) {
        Optional<Duration> retryAfter = response.header("retry-after").flatMap(value -> retryAfter(value, clock));
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        boolean exhausted = response.status() == 429
                || response.header("x-ratelimit-remaining").filter("0"::equals).isPresent();
        Optional<Long> reset = number(response, "x-ratelimit-reset").or(() -> number(response, "ratelimit-reset"));
        if (exhausted && reset.isPresent()) {
            Duration untilReset = Duration.between(clock.instant(), Instant.ofEpochSecond(reset.get())).plusSeconds(1);
            return Optional.of(untilReset.isNegative() ? Duration.ZERO : untilReset);
        }
        return Optional.empty();
    }

    /** {@code Retry-After}: delay seconds or an HTTP date. */
    private static Optional<Duration> retryAfter(String value, Clock clock) {
        String trimmed = value.strip();
        if (trimmed.matches("\\d+")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Duration until = Duration.between(clock.instant(),
                    ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> number(HostResponse response, String header) {
        return response.header(header).map(String::strip).filter(value -> value.matches("\\d{1,18}")).map(Long::parseLong);
    }
}
