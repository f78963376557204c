package com.cataloggraph.agentsmd.source;

import com.cataloggraph.agentsmd.publish.Publisher;

/**
 * A run's way to one code host: its repositories and the publisher that proposes to them, sharing one client (so
 * pacing, rate-limit waits and request counts cover the whole run).
 */
public record HostConnection(HostSource source, Publisher publisher) {

    /** Opens connections from a run's host, {@code gitlab:GROUP} or {@code github:ORG}. */
    @FunctionalInterface
    public interface Factory {

        /** @throws IllegalArgumentException when the host is not configured (no API URL or token) or the spec is wrong */
        HostConnection open(String host);
    }

    /** Whether a run's recorded root names a host rather than a folder. */
    public static boolean isHost(String root) {
        return root != null && (root.startsWith("gitlab:") || root.startsWith("github:"));
    }
}
