package com.cataloggraph.model.ref;

import java.util.Locale;

/**
 * A repository's name as the catalog compares it: paths normalised (lowercase, without a trailing
 * {@code .git} or surrounding slashes), and the name key, the last segment of such a path.
 *
 * <p>The writer stores the key of each entity's {@code repository} and {@code repositoryUrl}
 * ({@code repositoryName}, {@code repositoryUrlName}) and of each descriptor file's repository, with an
 * index, so a repository's entities are found by one index seek however the repository was named:
 * {@code git@host:acme/Payments.git}, {@code https://github.com/acme/payments/} and {@code payments} all
 * have the key {@code payments}. Every stored repository a locator matches has the locator's key
 * ({@code RepositoryLocatorTest} checks it on tricky spellings).
 */
public final class RepositoryName {

    private RepositoryName() {
    }

    /**
     * The name key of a stored repository or repository URL: the last segment of its normalised path, split at
     * the last {@code /} or {@code :}; null for null.
     */
    public static String key(String repository) {
        return repository == null ? null : lastSegment(normalise(repository));
    }

    /** The key of a path already normalised (see {@link #normalise}): its last segment, split at {@code /} or {@code :}. */
    public static String lastSegment(String normalisedPath) {
        int cut = Math.max(normalisedPath.lastIndexOf('/'), normalisedPath.lastIndexOf(':'));
        return normalisedPath.substring(cut + 1).trim();
    }

    /** A repository path or name compared case-insensitively, without a trailing {@code .git} or surrounding slashes. */
    public static String normalise(String path) {
        String result = path.trim().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (result.endsWith(".git")) {
            result = result.substring(0, result.length() - 4);
        }
        return result.replaceAll("^/+", "").replaceAll("/+$", "");
    }
}
