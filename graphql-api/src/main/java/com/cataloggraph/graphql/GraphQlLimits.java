package com.cataloggraph.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one GraphQL request may ask for ({@code catalog.graphql.*}). A request over any limit is
 * refused before anything is read, with an error naming the limit, the value asked and the
 * maximum.
 *
 * @param maxDepth         deepest field nesting (introspection excluded)
 * @param maxAliases       aliased fields, counted after fragments are expanded
 * @param maxPageSize      largest {@code first} any field accepts
 * @param maxComplexity    largest estimated cost: each field costs 1, and a list multiplies the
 *                         cost of what it selects by its {@code first}, or by
 *                         {@code assumedListSize} (times {@code depth} for dependency walks)
 * @param assumedListSize  how many items a relation list is assumed to hold when estimating cost
 * @param timeout          how long a request may run; each database read is also stopped by
 *                         Neo4j after this long
 * @param maxGraphNodes    the most entities a {@code neighbourhood} may return (its {@code maxNodes})
 */
@ConfigurationProperties("catalog.graphql")
public record GraphQlLimits(@DefaultValue("12") int maxDepth, @DefaultValue("30") int maxAliases,
                            @DefaultValue("100") int maxPageSize, @DefaultValue("5000") int maxComplexity,
                            @DefaultValue("10") int assumedListSize, @DefaultValue("10s") Duration timeout,
                            @DefaultValue("500") int maxGraphNodes) {

    public GraphQlLimits {
        positive("max-depth", maxDepth);
        positive("max-aliases", maxAliases);
        positive("max-page-size", maxPageSize);
        positive("max-complexity", maxComplexity);
        positive("assumed-list-size", assumedListSize);
        positive("max-graph-nodes", maxGraphNodes);
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("catalog.graphql.timeout must be positive, was " + timeout);
        }
    }

    /** The defaults, as documented. */
    public static GraphQlLimits defaults() {
        return new GraphQlLimits(12, 30, 100, 5000, 10, Duration.ofSeconds(10), 500);
    }

    private static void positive(String property, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("catalog.graphql." + property + " must be at least 1, was " + value);
        }
    }
}
