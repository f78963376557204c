package com.cataloggraph.ingest.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the catalog's history is kept ({@code catalog.history.*}): each ingest run records what it
 * changed, and a run deletes what was recorded longer ago than the retention before it starts.
 *
 * @param retention how long a recorded change is kept, e.g. {@code 90d}; at least one hour
 */
@ConfigurationProperties("catalog.history")
public record HistoryProperties(@DefaultValue("90d") Duration retention) {

    public HistoryProperties {
        retention = retention == null ? Duration.ofDays(90) : retention;
        if (retention.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("catalog.history.retention must be at least 1h, was " + retention);
        }
    }

    public static HistoryProperties defaults() {
        return new HistoryProperties(null);
    }
}
