package com.cataloggraph.codehosts.url;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A repository URL with its credentials taken out, so it can be stored, logged and printed: the user info of a URL
 * ({@code https://gitlab-ci-token:SECRET@host/...}, {@code https://TOKEN@github.com/...}, {@code ssh://git@host/...};
 * an scp-like {@code git@host:path} names an SSH user, never a password, and is kept)
 * and the query parameters that carry secrets ({@code private_token}, {@code access_token}, {@code job_token},
 * {@code token}, {@code sig}, ...; any whose name contains {@code token}, {@code secret}, {@code password},
 * {@code key} or {@code signature}) are removed. Everything else is kept as written, so the URL still says where
 * the repository is.
 */
public final class RedactedUrl {

    private static final Set<String> SECRET_PARAMETERS = Set.of("sig", "signature", "se", "sp", "sv", "st", "skoid",
            "sktid", "code", "auth", "pass", "pwd", "x-amz-credential", "x-amz-security-token", "x-amz-signature",
            "x-goog-credential", "x-goog-signature");
    private static final String[] SECRET_WORDS = {"token", "secret", "password", "passwd", "key", "signature",
            "credential", "auth"};

    private static final java.util.regex.Pattern URL_IN_TEXT =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s'\"<>]+");

    private final String value;

    private RedactedUrl(String value) {
        this.value = value;
    }

    /** The URL without credentials; null for null. */
    public static RedactedUrl of(String url) {
        return url == null ? null : new RedactedUrl(redact(url.strip()));
    }

    /** The redacted text, or null for a null URL. */
    public static String text(String url) {
        return url == null ? null : redact(url.strip());
    }

    /** A free text (a git error, a log line) with every URL in it redacted. */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher url = URL_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (url.find()) {
            url.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(redact(url.group())));
        }
        return url.appendTail(out).toString();
    }

    /** True when the text carries something {@link #of} would take out. */
    public static boolean carriesCredentials(String url) {
        return url != null && !redact(url.strip()).equals(url.strip());
    }

    public String value() {
        return value;
    }

    private static String redact(String url) {
        String withoutFragment = url;
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
            withoutFragment = url.substring(0, hash);
            fragment = url.substring(hash);
        }
        int question = withoutFragment.indexOf('?');
        String location = question < 0 ? withoutFragment : withoutFragment.substring(0, question);
        String query = question < 0 ? null : withoutFragment.substring(question + 1);
        return withoutUserInfo(location) + keptQuery(query) + fragment;
    }

    private static String withoutUserInfo(String location) {
        int scheme = location.indexOf("://");
        if (scheme > 0) {
            String rest = location.substring(scheme + 3);
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            int at = authority.lastIndexOf('@');
            return at < 0 ? location : location.substring(0, scheme + 3) + rest.substring(at + 1);
        }
        // scp-like [user@]host:path names an SSH user and can carry no password: kept as it is
        return location;
    }

    private static String keptQuery(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty() || secret(parameter)) {
                continue;
            }
            kept.append(kept.isEmpty() ? "?" : "&").append(parameter);
        }
        return kept.toString();
    }

    private static boolean secret(String parameter) {
        int eq = parameter.indexOf('=');
        String name = java.net.URLDecoder.decode(eq < 0 ? parameter : parameter.substring(0, eq),
                java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (SECRET_PARAMETERS.contains(name)) {
            return true;
        }
        for (String word : SECRET_WORDS) {
            if (name.contains(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RedactedUrl url && value.equals(url.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
