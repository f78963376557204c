package com.cataloggraph.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class SecondsConverterTest {

    private final SecondsConverter converter = new SecondsConverter();

    @Test
    void aBareNumberIsSecondsWithDecimals() {
        assertThat(converter.convert("5")).isEqualTo(Duration.ofSeconds(5));
        assertThat(converter.convert("0.25")).isEqualTo(Duration.ofMillis(250));
        assertThat(converter.convert("0")).isEqualTo(Duration.ZERO);
    }

    @Test
    void unitsWorkAsElsewhereOnTheCommandLine() {
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("1m")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void negativeSecondsAreRefused() {
        assertThatThrownBy(() -> converter.convert("-1"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'-1' must be 0 or more seconds");
    }
}
