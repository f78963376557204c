package com.cataloggraph.ingest.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ingest lease every instance on one database shares ({@code catalog.ingest.lease.*}): one run
 * writes the catalog at a time, across processes and instances.
 *
 * @param timeout how long a lease (and a queued or running run) outlives its holder's last renewal: a holder
 *                that died blocks others this long at most; a live one renews every third of it
 * @param maxWait how long a run waits for another process's run to finish before it fails with "an ingest is
 *                running on ... since ..."; 0 fails at once
 */
@ConfigurationProperties("catalog.ingest.lease")
public record IngestLeaseProperties(@DefaultValue("60s") Duration timeout, @DefaultValue("30m") Duration maxWait) {

    public IngestLeaseProperties {
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        maxWait = maxWait == null ? Duration.ofMinutes(30) : maxWait;
        if (timeout.toMillis() < 100) {
            throw new IllegalArgumentException("catalog.ingest.lease.timeout must be at least 100ms, was " + timeout);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("catalog.ingest.lease.max-wait must be 0 or more, was " + maxWait);
        }
    }

    /** The defaults, as an application without any {@code catalog.ingest.lease.*} setting gets them. */
    public static IngestLeaseProperties defaults() {
        return new IngestLeaseProperties(null, null);
    }
}
