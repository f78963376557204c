package com.cataloggraph.codehosts.url;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Git remote URLs in one comparable form, {@code https://host/group/name}: SSH and scp-like remotes are rewritten,
 * credentials ({@link RedactedUrl}), ports of SSH remotes and {@code .git} dropped, so a repository is found by the
 * URL people paste and a token in a remote never reaches the graph.
 */
public final class RepositoryUrl {

    private RepositoryUrl() {
    }

    /** The normalised URL, or the redacted input when it is not a host URL (a local path, {@code file:}). */
    public static String normalize(String remote) {
        if (remote == null || remote.isBlank()) {
            return null;
        }
        String text = RedactedUrl.text(remote);
        int scheme = text.indexOf("://");
        if (scheme > 0) {
            String protocol = text.substring(0, scheme).toLowerCase(Locale.ROOT);
            if (protocol.equals("file")) {
                return text;
            }
            String hostAndPath = text.substring(scheme + 3);
            if (!protocol.equals("http") && !protocol.equals("https")) {
                hostAndPath = withoutPort(hostAndPath);
            }
            return (protocol.equals("http") ? "http://" : "https://") + trimSuffixes(hostAndPath);
        }
        int colon = text.indexOf(':');
        int slash = text.indexOf('/');
        if (colon > 0 && (slash == -1 || colon < slash)) {
            String host = text.substring(text.lastIndexOf('@', colon) + 1, colon);
            return "https://" + trimSuffixes(host + "/" + text.substring(colon + 1));
        }
        return text;
    }

    /**
     * {@code group/sub/project} as GitLab and GitHub name the repository, when the remote names a host and a path
     * ({@code git@gitlab.example.com:acme/x.git}, {@code https://oauth2:t@gitlab.example.com/acme/x.git}).
     */
    public static Optional<String> projectPath(String remote) {
        String normalized = normalize(remote);
        if (normalized == null || !normalized.startsWith("http")) {
            return Optional.empty();
        }
        String hostAndPath = normalized.substring(normalized.indexOf("://") + 3);
        int query = hostAndPath.indexOf('?');
        if (query >= 0) {
            hostAndPath = hostAndPath.substring(0, query);
        }
        int slash = hostAndPath.indexOf('/');
        return slash > 0 && slash < hostAndPath.length() - 1 ? Optional.of(hostAndPath.substring(slash + 1))
                : Optional.empty();
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
    public static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withoutPort(String hostAndPath) {
        int slash = hostAndPath.indexOf('/');
        String authority = slash < 0 ? hostAndPath : hostAndPath.substring(0, slash);
        int colon = authority.indexOf(':');
        return colon < 0 ? hostAndPath : authority.substring(0, colon) + (slash < 0 ? "" : hostAndPath.substring(slash));
    }

    private static String trimSuffixes(String hostAndPath) {
        String result = hostAndPath;
        int query = result.indexOf('?');
        String suffix = query < 0 ? "" : result.substring(query);
        result = query < 0 ? result : result.substring(0, query);
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return (result.endsWith(".git") ? result.substring(0, result.length() - 4) : result) + suffix;
    }
}
