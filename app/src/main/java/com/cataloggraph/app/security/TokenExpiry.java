package com.cataloggraph.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code token create --expires}: a duration from now ({@code 90d}, {@code 12h}, {@code P90D}) or a date. */
final class TokenExpiry {

    private static final Pattern SHORT = Pattern.compile("(\\d+)([dhm])");

    private TokenExpiry() {
    }

    /** @throws IllegalArgumentException naming the option and the forms it takes */
    static Instant parse(String text, Clock clock) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Matcher matcher = SHORT.matcher(value);
        try {
            Instant expiry;
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                expiry = now.plus(switch (matcher.group(2)) {
                    case "d" -> Duration.ofDays(amount);
                    case "h" -> Duration.ofHours(amount);
                    default -> Duration.ofMinutes(amount);
                });
            } else if (value.startsWith("p")) {
                expiry = now.plus(Duration.parse(value.toUpperCase(Locale.ROOT)));
            } else {
                expiry = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (!expiry.isAfter(now)) {
                throw new IllegalArgumentException("--expires " + text + " is not in the future");
            }
            return expiry;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("--expires takes a duration from now (90d, 12h, 30m, P90D) or a date "
                    + "(2027-03-06), was \"" + text + "\"");
        }
    }
}
