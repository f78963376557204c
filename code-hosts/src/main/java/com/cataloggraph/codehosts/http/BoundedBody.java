package com.cataloggraph.codehosts.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;

/**
 * Reads a response body up to a limit and no further: a longer body (by its {@code Content-Length}, or by what
 * arrives) is abandoned at the limit and the connection closed, so a 2.5 GB file costs at most the limit in memory
 * and time, not the whole download.
 */
final class BoundedBody {

    private static final int CHUNK = 64 * 1024;

    private BoundedBody() {
    }

    /**
     * @return the body, or null when it is longer than {@code limit} (the stream is closed without reading on)
     */
    static byte[] read(HttpResponse<InputStream> response, long limit) throws IOException {
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        try (InputStream in = response.body()) {
            if (declared > limit) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 0), CHUNK));
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            for (int n; (n = in.read(chunk)) >= 0; ) {
                total += n;
                if (total > limit) {
                    return null;
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
