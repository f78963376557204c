package com.cataloggraph.ingest.source;

import java.net.URI;
import java.util.Locale;

/**
 * Git remote URLs in one comparable form, {@code https://host/group/name}: SSH and scp-style
 * remotes are rewritten, credentials and {@code .git} dropped, so a repository is found by the URL
 * people paste and a token in a remote never reaches the graph.
 */
public final class RepositoryUrls {

    private RepositoryUrls() {
    }

    /** The normalised URL, or the input without credentials when it is not a host URL (a local path). */
    public static String normalize(String remote) {
        if (remote == null || remote.isBlank()) {
            return null;
        }
        String text = remote.trim();
        String hostAndPath;
        int scheme = text.indexOf("://");
        if (scheme > 0) {
            String protocol = text.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (protocol.equals("file")) {
                return text;
            }
            hostAndPath = withoutUserInfo(text.substring(scheme + 3));
            if (!protocol.equals("http") && !protocol.equals("https")) {
                hostAndPath = withoutPort(hostAndPath);
            }
            String prefix = protocol.equals("http") ? "http://" : "https://";
            return prefix + trimSuffixes(hostAndPath);
        }
        int colon = text.indexOf(':');
        int slash = text.indexOf('/');
        if (colon > 0 && (slash == -1 || colon < slash)) {
            // scp-like: [user@]host:group/name.git
            String host = withoutUserInfo(text.substring(0, colon));
            return "https://" + trimSuffixes(host + "/" + text.substring(colon + 1));
        }
        return text;
    }

    /** The browsable base for a normalised URL on a GitHub- or GitLab-style host, else null. */
    public static String webUrl(String normalized) {
        if (normalized == null || !normalized.startsWith("http")) {
            return null;
        }
        String host = host(normalized);
        return host != null && (host.contains("github") || host.contains("gitlab")) ? normalized : null;
    }

    /** The host of a URL, lowercased, or null. */
    static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withoutUserInfo(String hostAndPath) {
        int slash = hostAndPath.indexOf('/');
        String authority = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        int at = authority.lastIndexOf('@');
        return at < 0 ? hostAndPath : hostAndPath.substring(at + 1);
    }

    private static String withoutPort(String hostAndPath) {
        int slash = hostAndPath.indexOf('/');
        String authority = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        int colon = authority.indexOf(':');
        return colon < 0 ? hostAndPath : authority.substring(0, colon) + (slash < 0 ? "" : hostAndPath.substring(slash));
    }

    private static String trimSuffixes(String hostAndPath) {
        String result = hostAndPath;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result.endsWith(".git") ? result.substring(0, result.length() - 4) : result;
    }
}
