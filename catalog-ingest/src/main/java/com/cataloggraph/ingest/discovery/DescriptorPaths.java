package com.cataloggraph.ingest.discovery;

import java.util.List;

/**
 * Descriptor paths as configured ({@code /catalog-info.yaml}, Backstage style) made repository-relative;
 * a path with wildcards is a {@link DescriptorGlob}.
 */
public final class DescriptorPaths {

    static final List<String> DEFAULT = List.of("catalog-info.yaml");

    private DescriptorPaths() {
    }

    /**
     * True when {@code path} (inside a repository) is one of the descriptor paths, or matches one of their globs:
     * a change to it can add, change or remove a descriptor.
     */
    public static boolean names(List<String> descriptorPaths, String path) {
        for (String descriptor : descriptorPaths) {
            if (descriptor.equals(path) || DescriptorGlob.isGlob(descriptor) && DescriptorGlob.of(descriptor).matches(path)) {
                return true;
            }
        }
        return false;
    }

    static List<String> normalise(List<String> paths) {
        if (paths == null || paths.isEmpty()) {
            return DEFAULT;
        }
        return paths.stream().map(path -> {
            String relative = path.strip().replaceFirst("^/+", "");
            if (relative.isEmpty() || relative.contains("..")) {
                throw new IllegalArgumentException("A descriptor path must name a file inside the repository, or "
                        + "files by a glob such as **/catalog-info.yaml (no '..'), was '" + path + "'");
            }
            return relative;
        }).distinct().toList();
    }
}
