package com.cataloggraph.graphql.limit;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.Map;

/**
 * What an operation asks for, measured on its parsed document with fragments expanded and
 * variables applied: how deep it nests, how many aliases it uses, the largest page it asks for
 * and its estimated cost. Introspection ({@code __schema}, {@code __type}) is not measured:
 * GraphiQL needs it and graphql-java already bounds it.
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
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build();
        Measure measure = new Measure(assumedListSize, maxPageSize);
        traverser.visitPostOrder(measure);
        return new QueryShape(measure.depth, measure.aliases, measure.rootCost, measure.largestPageField,
                measure.largestPage);
    }

    private static final class Measure extends QueryVisitorStub {
        private final int assumedListSize;
        private final int maxPageSize;
        /** Post-order visits children first: what each field's selections cost, keyed by the field. */
        private final Map<QueryVisitorFieldEnvironment, Long> selectionCost = new HashMap<>();
        private int depth;
        private int aliases;
        private long rootCost;
        private String largestPageField;
        private int largestPage;

        Measure(int assumedListSize, int maxPageSize) {
            this.assumedListSize = assumedListSize;
            this.maxPageSize = maxPageSize;
        }

        @Override
        public void visitField(QueryVisitorFieldEnvironment env) {
            if (env.isTypeNameIntrospectionField() || underIntrospection(env)) {
                return;
            }
            depth = Math.max(depth, depthOf(env));
            if (env.getField().getAlias() != null) {
                aliases++;
            }
            Integer first = intArgument(env, FIRST);
            if (first != null && first > largestPage) {
                largestPage = first;
                largestPageField = env.getField().getName();
            }
            long cost = saturatedAdd(1, saturatedMultiply(multiplier(env, first), selectionCost.getOrDefault(env, 0L)));
            QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
            if (parent == null) {
                rootCost = saturatedAdd(rootCost, cost);
            } else {
                selectionCost.merge(parent, cost, Measure::saturatedAdd);
            }
        }

        private long multiplier(QueryVisitorFieldEnvironment env, Integer first) {
            if (first != null) {
                return Math.clamp(first, 1, maxPageSize);
            }
            if (!(GraphQLTypeUtil.unwrapNonNull(env.getFieldDefinition().getType()) instanceof GraphQLList)) {
                return 1;
            }
            QueryVisitorFieldEnvironment parent = env.getParentEnvironment();
            if (parent != null && intArgument(parent, FIRST) != null) {
                return 1;
            }
            Integer walkDepth = intArgument(env, DEPTH);
            return (long) assumedListSize * (walkDepth == null ? 1 : Math.clamp(walkDepth, 1, 5));
        }

        private static Integer intArgument(QueryVisitorFieldEnvironment env, String name) {
            return env.getArguments().get(name) instanceof Integer value ? value : null;
        }

        private static int depthOf(QueryVisitorFieldEnvironment env) {
            int levels = 0;
            for (QueryVisitorFieldEnvironment at = env; at != null; at = at.getParentEnvironment()) {
                levels++;
            }
            return levels;
        }

        private static boolean underIntrospection(QueryVisitorFieldEnvironment env) {
            for (QueryVisitorFieldEnvironment at = env; at != null; at = at.getParentEnvironment()) {
                if (at.getField().getName().startsWith("__")) {
                    return true;
                }
            }
            return false;
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        private static long saturatedMultiply(long a, long b) {
            return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
        }
    }
}
