package com.cataloggraph.graphql.limit;

import graphql.execution.ExecutionContext;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation asks for, measured on graphql-java's normalized form of it (fragments
 * expanded wherever they are spread, variables and {@code @skip}/{@code @include} applied): how
 * deep it nests, how many aliases it uses, the largest page it asks for and its estimated cost.
 * Introspection fields ({@code __schema}, {@code __type}, {@code __typename}) are not measured:
 * GraphiQL needs them and graphql-java already bounds them.
 *
 * @param largestPageField the field asking for the largest {@code first}, or null
 */
public record QueryShape(int depth, int aliases, long complexity, String largestPageField, int largestPage) {

    private static final String FIRST = "first";
    private static final String DEPTH = "depth";

    /**
     * Cost: every field costs 1 plus what it selects; a field with {@code first} multiplies what
     * it selects by {@code first} (at most {@code maxPageSize}); the edges and nodes of such a
     * page are not multiplied again; any other list multiplies by {@code assumedListSize}, times
     * {@code depth} for a dependency walk.
     */
    public static QueryShape measure(ExecutionContext context, int assumedListSize, int maxPageSize) {
        Measure measure = new Measure(context.getGraphQLSchema(), assumedListSize, maxPageSize);
        long cost = 0;
        for (ExecutableNormalizedField field : context.getNormalizedQueryTree().get().getTopLevelFields()) {
            cost = saturatedAdd(cost, measure.cost(field, false));
        }
        return new QueryShape(measure.depth, measure.aliases, cost, measure.largestPageField, measure.largestPage);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    private static final class Measure {
        private final GraphQLSchema schema;
        private final int assumedListSize;
        private final int maxPageSize;
        private int depth;
        private int aliases;
        private String largestPageField;
        private int largestPage;

        Measure(GraphQLSchema schema, int assumedListSize, int maxPageSize) {
            this.schema = schema;
            this.assumedListSize = assumedListSize;
            this.maxPageSize = maxPageSize;
        }

        long cost(ExecutableNormalizedField field, boolean parentIsPage) {
            if (field.getName().startsWith("__")) {
                return 0;
            }
            depth = Math.max(depth, field.getLevel());
            if (field.getAlias() != null) {
                aliases++;
            }
            Integer first = intArgument(field, FIRST);
            if (first != null && first > largestPage) {
                largestPage = first;
                largestPageField = field.getName();
            }
            long selections = 0;
            for (ExecutableNormalizedField child : field.getChildren()) {
                selections = saturatedAdd(selections, cost(child, first != null));
            }
            return saturatedAdd(1, saturatedMultiply(multiplier(field, first, parentIsPage), selections));
        }

        private long multiplier(ExecutableNormalizedField field, Integer first, boolean parentIsPage) {
            if (first != null) {
                return Math.clamp(first, 1, maxPageSize);
            }
            boolean list = GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinitions(schema).getFirst().getType())
                    instanceof GraphQLList;
            if (!list || parentIsPage) {
                return 1;
            }
            Integer walkDepth = intArgument(field, DEPTH);
            return (long) assumedListSize * (walkDepth == null ? 1 : Math.clamp(walkDepth, 1, 5));
        }

        private static Integer intArgument(ExecutableNormalizedField field, String name) {
            return field.getResolvedArguments().get(name) instanceof Integer value ? value : null;
        }
    }
}
