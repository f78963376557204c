package com.cataloggraph.codehosts.http;

import java.net.URI;
import java.util.Locale;

/** Scheme, host and port of a URL: where credentials may go. Default ports count as given. */
public final class ApiOrigin {

    private ApiOrigin() {
    }

    /** True when both URLs are on the same origin. */
    public static boolean same(URI a, URI b) {
        return a.getScheme() != null && b.getScheme() != null && a.getHost() != null && b.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    /** {@code scheme://host:port}, without user info, path or query. */
    public static String of(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return "(no host)";
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.replaceAll("/+$", "")) : uri;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }
}
