package com.cataloggraph.model.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as people and agents write it for history questions: an ISO-8601 instant
 * ({@code 2026-03-01T10:00:00Z}), a date ({@code 2026-03-01}, its start in UTC), or an age back from now
 * ({@code 7d}, {@code 24h}, {@code 30m}, or ISO {@code P7D}).
 */
public final class PointInTime {

    /** What {@link #parse} accepts, for error messages. */
    public static final String FORMS = "an ISO-8601 instant (2026-03-01T10:00:00Z), a date (2026-03-01) or an age "
            + "(7d, 24h, 30m, P7D)";

    /** Longest rejected text an error repeats whole. */
    private static final int MAX_SHOWN_CHARS = 40;

    private static final Pattern AGE = Pattern.compile("(\\d{1,6})([dhm])");

    private PointInTime() {
    }

    /** @throws IllegalArgumentException naming the accepted forms when the text is none of them */
    public static Instant parse(String text, Instant now) {
        String value = text == null ? "" : text.trim();
        Matcher age = AGE.matcher(value.toLowerCase(Locale.ROOT));
        if (age.matches()) {
            long amount = Long.parseLong(age.group(1));
            return now.minus(switch (age.group(2)) {
                case "d" -> Duration.ofDays(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            });
        }
        try {
            if (value.startsWith("P") || value.startsWith("p")) {
                return now.minus(Duration.parse(value));
            }
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("\"" + shown(value) + "\" is not a time: expected " + FORMS);
        }
    }

    /** What of a rejected text an error repeats: a time is short, so a long text is cut (never echoed whole). */
    private static String shown(String text) {
        return text.length() <= MAX_SHOWN_CHARS ? text : text.substring(0, MAX_SHOWN_CHARS) + "…";
    }
}
