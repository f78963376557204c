package com.cataloggraph.ingest.state;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Set;

/**
 * What the stored descriptor files of one repository read, by repository path: the descriptors themselves, the
 * files their {@code $text}/{@code $json}/{@code $yaml} placeholders read, and the patterns their Location targets
 * name. A change to any of them can change the catalog; a change elsewhere cannot.
 */
public record RepositoryReads(Set<String> files, Set<String> inputs, List<String> targetPatterns) {

    public RepositoryReads {
        files = Set.copyOf(files);
        inputs = Set.copyOf(inputs);
        targetPatterns = List.copyOf(targetPatterns);
    }

    /** True when a change to {@code path} can change what the repository's descriptors say. */
    public boolean reads(String path) {
        if (files.contains(path) || inputs.contains(path) || targetPatterns.contains(path)) {
            return true;
        }
        for (String pattern : targetPatterns) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "{**/,}"));
            if (matcher.matches(Path.of(path))) {
                return true;
            }
        }
        return false;
    }
}
