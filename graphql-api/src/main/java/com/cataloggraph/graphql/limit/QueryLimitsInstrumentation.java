package com.cataloggraph.graphql.limit;

import com.cataloggraph.graphql.GraphQlLimits;
import com.cataloggraph.graphql.error.CatalogErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses an operation over any {@code catalog.graphql.*} limit before a single field runs. The
 * error is {@code LIMIT_EXCEEDED} with {@code limit}, {@code max} and {@code actual} in its
 * extensions.
 */
public final class QueryLimitsInstrumentation implements Instrumentation {

    private final GraphQlLimits limits;

    public QueryLimitsInstrumentation(GraphQlLimits limits) {
        this.limits = limits;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        QueryShape shape = QueryShape.measure(parameters.getExecutionContext(), limits.assumedListSize(),
                limits.maxPageSize());
        if (shape.aliases() > limits.maxAliases()) {
            throw exceeded("max-aliases", limits.maxAliases(), shape.aliases(), "The query uses " + shape.aliases()
                    + " aliases; at most " + limits.maxAliases() + " are allowed");
        }
        if (shape.depth() > limits.maxDepth()) {
            throw exceeded("max-depth", limits.maxDepth(), shape.depth(), "The query nests fields "
                    + shape.depth() + " levels deep; at most " + limits.maxDepth() + " are allowed");
        }
        if (shape.largestPage() > limits.maxPageSize()) {
            throw exceeded("max-page-size", limits.maxPageSize(), shape.largestPage(), "first: "
                    + shape.largestPage() + " on " + shape.largestPageField() + " asks for more than the largest page, "
                    + limits.maxPageSize() + "; page through with after instead");
        }
        if (shape.complexity() > limits.maxComplexity()) {
            throw exceeded("max-complexity", limits.maxComplexity(), shape.complexity(), "The query's estimated "
                    + "cost is " + shape.complexity() + ", above the limit of " + limits.maxComplexity()
                    + "; select fewer fields, ask for smaller pages or nest fewer lists");
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static AbortExecutionException exceeded(String limit, long max, long actual, String message) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("limit", limit);
        extensions.put("max", max);
        extensions.put("actual", actual);
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .errorType(CatalogErrorType.LIMIT_EXCEEDED)
                .message(message + " (catalog.graphql." + limit + ")")
                .extensions(extensions)
                .build()));
    }
}
