package com.cataloggraph.ingest.discovery;

import java.util.List;

/**
 * Descriptor paths as configured ({@code /catalog-info.yaml}, Backstage style) made repository-relative;
 * a path with wildcards is a {@link DescriptorGlob}.
 */
final class DescriptorPaths {

    static final List<String> DEFAULT = List.of("catalog-info.yaml");

    private DescriptorPaths() {
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
