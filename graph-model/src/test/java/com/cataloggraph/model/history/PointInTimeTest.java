package com.cataloggraph.model.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PointInTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void readsAnInstantADateAndAnAge() {
        assertThat(PointInTime.parse("2026-03-01T10:00:00Z", NOW)).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(PointInTime.parse("2026-03-01", NOW)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(PointInTime.parse("7d", NOW)).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        assertThat(PointInTime.parse("P1D", NOW)).isEqualTo(Instant.parse("2026-03-09T12:00:00Z"));
    }

    @Test
    void refusesAnotherTextNamingTheAcceptedForms() {
        assertThatThrownBy(() -> PointInTime.parse("yesterday", NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"yesterday\" is not a time: expected " + PointInTime.FORMS);
    }

    @Test
    @Tag("security")
    void neverRepeatsALongTextWhole() {
        String huge = "x".repeat(200_000);

        assertThatThrownBy(() -> PointInTime.parse(huge, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + "x".repeat(40) + "…\" is not a time: expected " + PointInTime.FORMS);
    }
}
