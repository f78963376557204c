package com.cataloggraph.model.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person or agent typed to name a repository, turned into what
 * {@link EntityQueries#byRepository} matches: the name entities store in {@code repository} (a
 * folder name or a {@code group/name} slug) and the remote URLs they may store in
 * {@code repositoryUrl}, in the spellings git hosts use (https with or without {@code .git} or a
 * trailing slash, {@code ssh://} and scp-like {@code git@host:path.git}).
 *
 * @param name the slug ({@code acme/payments-service}) for a URL, else the text as typed
 * @param urls remote URL spellings to match, empty when the text is not a URL
 */
public record RepositoryName(String name, List<String> urls) {

    private static final Pattern SCP_LIKE = Pattern.compile("^[\\w.-]+@([\\w.-]+):(.+)$");
    private static final Pattern URL = Pattern.compile("^(?:https?|ssh|git)://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+)$",
            Pattern.CASE_INSENSITIVE);

    /** Reads a URL, a slug or a folder name; surrounding space and trailing slashes are ignored. */
    public static RepositoryName parse(String text) {
        String input = text == null ? "" : text.trim();
        Matcher url = URL.matcher(input);
        Matcher scp = SCP_LIKE.matcher(input);
        String host;
        String path;
        if (url.matches()) {
            host = url.group(1);
            path = url.group(2);
        } else if (scp.matches()) {
            host = scp.group(1);
            path = scp.group(2);
        } else {
            return new RepositoryName(stripSlashes(input), List.of());
        }
        String slug = stripSlashes(path);
        if (slug.toLowerCase(Locale.ROOT).endsWith(".git")) {
            slug = slug.substring(0, slug.length() - 4);
        }
        Set<String> urls = new LinkedHashSet<>();
        urls.add(input);
        for (String scheme : List.of("https://", "http://")) {
            urls.add(scheme + host + "/" + slug);
            urls.add(scheme + host + "/" + slug + ".git");
            urls.add(scheme + host + "/" + slug + "/");
        }
        urls.add("ssh://git@" + host + "/" + slug + ".git");
        urls.add("git@" + host + ":" + slug + ".git");
        return new RepositoryName(slug, List.copyOf(urls));
    }

    private static String stripSlashes(String text) {
        String result = text;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        return result;
    }
}
