package com.cataloggraph.ingest.discovery;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A descriptor path with wildcards ({@code **}{@code /catalog-info.yaml}, {@code services/*}{@code /catalog-info.yaml}),
 * matched against a repository's file list the way Backstage's minimatch does: {@code *} within one
 * folder, {@code **} across folders, and a leading {@code **}{@code /} also matching at the root.
 */
record DescriptorGlob(String text, PathMatcher matcher, PathMatcher atRoot) {

    static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
    }

    static DescriptorGlob of(String text) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + text);
        PathMatcher atRoot = text.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + text.substring(3)) : null;
        return new DescriptorGlob(text, matcher, atRoot);
    }

    boolean matches(String path) {
        Path file = Path.of(path);
        return matcher.matches(file) || atRoot != null && atRoot.matches(file);
    }
}
