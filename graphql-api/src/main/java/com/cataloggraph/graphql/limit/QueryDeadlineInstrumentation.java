package com.cataloggraph.graphql.limit;

import com.cataloggraph.graphql.error.CatalogErrorType;
import com.cataloggraph.graphql.error.QueryTimeoutException;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Stops a request at {@code catalog.graphql.timeout}: once the deadline passes, every field that
 * would read fails at once instead of reading, and the answer carries one {@code TIMEOUT} error
 * (with whatever data was complete). A read already running is stopped by Neo4j, whose
 * transaction timeout for GraphQL reads is the same.
 */
public final class QueryDeadlineInstrumentation implements Instrumentation {

    private final Duration timeout;

    public QueryDeadlineInstrumentation(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + timeout.toNanos(), timeout);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher() || !(state instanceof Deadline deadline)) {
            return fetcher;
        }
        return env -> {
            deadline.check();
            return fetcher.get(env);
        };
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || !deadline.expired) {
            return CompletableFuture.completedFuture(result);
        }
        // Every field refused after the deadline reported it; one report says it all.
        List<GraphQLError> errors = new ArrayList<>();
        boolean reported = false;
        for (GraphQLError error : result.getErrors()) {
            boolean timeoutError = error.getErrorType() == CatalogErrorType.TIMEOUT;
            if (!timeoutError || !reported) {
                errors.add(error);
            }
            reported |= timeoutError;
        }
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .errors(errors).build());
    }

    private static final class Deadline implements InstrumentationState {
        private final long at;
        private final Duration timeout;
        private volatile boolean expired;

        Deadline(long at, Duration timeout) {
            this.at = at;
            this.timeout = timeout;
        }

        void check() {
            if (expired || System.nanoTime() - at > 0) {
                expired = true;
                throw new QueryTimeoutException(timeout);
            }
        }
    }
}
