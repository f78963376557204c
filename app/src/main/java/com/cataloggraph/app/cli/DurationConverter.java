package com.cataloggraph.app.cli;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Durations as people type them ({@code 30s}, {@code 5m}, {@code 1h}) or in ISO-8601 ({@code PT5M}). */
public final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            Duration duration = DurationStyle.detectAndParse(value.trim());
            if (duration.isNegative() || duration.isZero()) {
                throw new TypeConversionException("'" + value + "' must be a positive duration");
            }
            return duration;
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not a duration; write e.g. 30s, 5m or 1h");
        }
    }
}
