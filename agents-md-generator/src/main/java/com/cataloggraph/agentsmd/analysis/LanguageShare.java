package com.cataloggraph.agentsmd.analysis;

/**
 * A language and its share of the repository's source bytes.
 *
 * @param permille share in tenths of a percent, so rendering never depends on floating point
 */
public record LanguageShare(String language, long bytes, int permille) {

    /** {@code 84.1%}. */
    public String percent() {
        return permille / 10 + "." + permille % 10 + "%";
    }
}
