package com.cataloggraph.ingest.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;

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
        List<PathMatcher> byName = filePatterns.stream().filter(p -> !p.contains("/"))
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        List<PathMatcher> byPath = filePatterns.stream().filter(p -> p.contains("/"))
                .map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        Set<String> excluded = Set.copyOf(excludedDirectories);
        return new DescriptorMatcher(byName, byPath, excluded);
    }

    /** Decides, for paths inside one repository, what is a descriptor and what is skipped. */
    public record DescriptorMatcher(List<PathMatcher> byName, List<PathMatcher> byPath, Set<String> excluded) {

        public boolean isDescriptor(String repositoryPath) {
            Path path = Path.of(repositoryPath);
            Path name = path.getFileName();
            return byName.stream().anyMatch(m -> m.matches(name)) || byPath.stream().anyMatch(m -> m.matches(path));
        }

        public boolean skipsFolder(String folderName) {
            return excluded.contains(folderName);
        }
    }
}
