package com.cataloggraph.model.query;

import com.cataloggraph.model.ref.RepositoryName;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repository as a person or agent names it, normalised: an https or ssh URL
 * ({@code https://host/group/repo.git}, {@code git@host:group/repo.git},
 * {@code ssh://git@host:22/group/repo}), a host-qualified path ({@code github.com/group/repo}),
 * a slug ({@code group/repo}) or a folder name ({@code repo}). Paths and hosts compare
 * case-insensitively, without a trailing {@code .git} or slash.
 *
 * @param host lowercase host, or null when only a slug or folder name was given
 * @param path lowercase path inside the host ({@code group/sub/repo}), or the folder name
 */
public record RepositoryLocator(String host, String path) {

    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/]*)(/.*)?$");
    private static final Pattern SCP = Pattern.compile("^[^@/\\s]+@([^:/\\s]+):(.+)$");

    /** How well a stored repository matches a locator; stronger first. */
    public enum Match {
        /** Same host and path. */
        URL,
        /** Same path (slug), one side without a host. */
        PATH,
        /** Only the last path segment (the folder name) is the same. */
        NAME,
        NONE
    }

    /**
     * @throws IllegalArgumentException when the text names no repository
     */
    public static RepositoryLocator parse(String text) {
        String input = text == null ? "" : InputBounds.repository(text).trim();
        Matcher url = URL.matcher(input);
        Matcher scp = SCP.matcher(input);
        String host = null;
        String path;
        if (url.matches()) {
            String authority = url.group(1);
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            host = authority.replaceFirst(":\\d*$", "");
            path = url.group(2) == null ? "" : url.group(2);
        } else if (scp.matches()) {
            host = scp.group(1);
            path = scp.group(2);
        } else {
            path = input;
            int slash = path.indexOf('/');
            // "github.com/acme/repo": a first segment with a dot, followed by a slug, is a host.
            if (slash > 0 && path.substring(0, slash).contains(".") && path.indexOf('/', slash + 1) > 0) {
                host = path.substring(0, slash);
                path = path.substring(slash + 1);
            }
        }
        path = RepositoryName.normalise(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("\"" + input + "\" names no repository: pass its URL "
                    + "(https://host/group/repo or git@host:group/repo.git), its slug (group/repo) or its folder name");
        }
        return new RepositoryLocator(host == null || host.isEmpty() ? null : host.toLowerCase(Locale.ROOT)
                .replaceFirst("^www\\.", ""), path);
    }

    /** The last path segment: the repository's usual folder name. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The name key ({@link RepositoryName#key}) every stored repository or repository URL this locator matches
     * has, in one of the two: what the index on the keys is sought with.
     */
    public String nameKey() {
        return RepositoryName.lastSegment(path);
    }

    /** How well an entity's stored {@code repository} and {@code repositoryUrl} match this locator. */
    public Match match(String repository, String repositoryUrl) {
        RepositoryLocator stored = tryParse(repositoryUrl);
        if (stored != null && host != null && stored.host != null && !host.equals(stored.host)) {
            return Match.NONE;
        }
        if (stored != null && host != null && path.equals(stored.path)) {
            return Match.URL;
        }
        String storedName = repository == null ? null : RepositoryName.normalise(repository);
        if (stored != null && path.equals(stored.path) || path.equals(storedName)) {
            return Match.PATH;
        }
        if (stored != null && name().equals(stored.name())
                || storedName != null && name().equals(storedName.substring(storedName.lastIndexOf('/') + 1))) {
            return Match.NAME;
        }
        return Match.NONE;
    }

    /** The locator of a stored URL, or null when there is none or it names no repository. */
    static RepositoryLocator tryParse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
