package com.cataloggraph.codehosts.http;

import java.util.OptionalLong;

/**
 * A request to a code host did not give a usable answer. The message names the host, the request (path and query
 * relative to the API root, never a credential) and what happened; {@link #reason()} says which kind of failure it
 * was, for callers that treat them differently.
 */
public class HostException extends RuntimeException {

    /** What went wrong. */
    public enum Reason {
        /** I/O failures outlasted the retries. */
        UNREACHABLE,
        /** The host asked to wait longer than allowed, or was still limiting after every attempt. */
        RATE_LIMITED,
        /** A redirect or a next-page link pointed away from the configured host; credentials stay with it. */
        FOREIGN_ORIGIN,
        /** The body was longer than the request allowed; reading stopped at the limit. */
        BODY_TOO_LARGE,
        /** The host answered with an error status the caller does not accept. */
        ANSWERED,
        /** The body was not what the caller expects (not JSON, not a list). */
        MALFORMED,
        INTERRUPTED
    }

    private final Reason reason;
    private final int status;
    private final long size;

    public HostException(Reason reason, String message) {
        this(reason, message, -1, -1, null);
    }

    public HostException(Reason reason, String message, Throwable cause) {
        this(reason, message, -1, -1, cause);
    }

    HostException(Reason reason, String message, int status, long size, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
        this.size = size;
    }

    /** An error answer. */
    public static HostException answered(String message, int status) {
        return new HostException(Reason.ANSWERED, message, status, -1, null);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status of the answer, or -1 when there was none. */
    public int status() {
        return status;
    }

    /** For {@link Reason#BODY_TOO_LARGE}: the size the host declared ({@code Content-Length}), when it did. */
    public OptionalLong declaredSize() {
        return size < 0 ? OptionalLong.empty() : OptionalLong.of(size);
    }
}
