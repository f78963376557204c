package com.cataloggraph.ingest.parse;

/**
 * Bounds on what one descriptor may make the parser do, so a hostile or broken file costs little:
 *
 * @param maxAliases    aliases to collections per document (a "billion laughs" file needs many)
 * @param maxDepth      nesting depth of collections
 * @param maxCodePoints characters per document
 * @param maxValues     values a document may expand to once aliases are followed
 */
public record YamlLimits(int maxAliases, int maxDepth, int maxCodePoints, int maxValues) {

    public static final YamlLimits DEFAULT = new YamlLimits(50, 64, 3 * 1024 * 1024, 200_000);

    public YamlLimits {
        if (maxAliases < 0 || maxDepth < 1 || maxCodePoints < 1 || maxValues < 1) {
            throw new IllegalArgumentException("YAML limits must be positive: " + maxAliases + ", " + maxDepth + ", "
                    + maxCodePoints + ", " + maxValues);
        }
    }
}
