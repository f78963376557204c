package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --duration 5} is five seconds (decimals allowed: 0.5); {@code 500ms}, {@code 1m} work too. */
final class SecondsConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            double seconds = Double.parseDouble(value.trim());
            if (!(seconds >= 0) || Double.isInfinite(seconds)) {
                throw new TypeConversionException("'" + value + "' must be 0 or more seconds");
            }
            return Duration.ofNanos(Math.round(seconds * 1e9));
        } catch (NumberFormatException e) {
            return new DurationConverter().convert(value);
        }
    }
}
