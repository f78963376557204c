package com.cataloggraph.ingest.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which files are descriptors and which folders are never searched.
 *
 * @param filePatterns        globs for descriptor files: a pattern without {@code /} matches a file name at any
 *                            depth ({@code catalog-info.yaml}); one with {@code /} matches the path inside the
 *                            repository ({@code .backstage/*.yaml})
 * @param excludedDirectories folder names skipped at any depth ({@code node_modules}, {@code vendor}, ...)
 */
public record ScanSettings(List<String> filePatterns, List<String> excludedDirectories) {

    public static final ScanSettings DEFAULT = new ScanSettings(List.of("catalog-info.yaml", "catalog-info.yml"),
            List.of(".git", ".hg", ".svn", "node_modules", "bower_components", "vendor", ".venv", "venv",
                    "__pycache__", ".terraform", ".gradle", "target"));

    public ScanSettings {
        if (filePatterns.isEmpty()) {
            throw new IllegalArgumentException("at least one descriptor file pattern is needed");
        }
        filePatterns = List.copyOf(filePatterns);
        excludedDirectories = List.copyOf(excludedDirectories);
    }

    /** A matcher for repository-relative paths. */
    public DescriptorMatcher matcher() {
        List<PathMatcher> byName = filePatterns.stream().filter(p -> !p.contains("/") && hasWildcard(p))
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        Set<String> names = filePatterns.stream().filter(p -> !p.contains("/") && !hasWildcard(p))
                .collect(Collectors.toUnmodifiableSet());
        List<PathMatcher> byPath = filePatterns.stream().filter(p -> p.contains("/"))
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        Set<String> excluded = Set.copyOf(excludedDirectories);
        return new DescriptorMatcher(names, byName, byPath, excluded);
    }

    /** Whether a glob is more than a literal name: a wildcard, or an escape. */
    private static boolean hasWildcard(String pattern) {
        return TreePaths.hasWildcard(pattern) || pattern.indexOf('\\') >= 0;
    }

    /**
     * Decides, for paths inside one repository, what is a descriptor and what is skipped. A walk asks about every
     * file of every repository, so literal names (the usual {@code catalog-info.yaml}) are compared as strings.
     */
    public record DescriptorMatcher(Set<String> names, List<PathMatcher> byName, List<PathMatcher> byPath,
                                    Set<String> excluded) {

        public boolean isDescriptor(String repositoryPath) {
            String name = repositoryPath.substring(repositoryPath.lastIndexOf('/') + 1);
            if (names.contains(name)) {
                return true;
            }
            if (byName.isEmpty() && byPath.isEmpty()) {
                return false;
            }
            Path path = Path.of(repositoryPath);
            return byName.stream().anyMatch(m -> m.matches(path.getFileName()))
                    || byPath.stream().anyMatch(m -> m.matches(path));
        }

        public boolean skipsFolder(String folderName) {
            return excluded.contains(folderName);
        }
    }
}
