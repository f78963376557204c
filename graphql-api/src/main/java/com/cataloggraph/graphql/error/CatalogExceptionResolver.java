package com.cataloggraph.graphql.error;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.InputTooLongException;
import com.cataloggraph.model.query.InvalidCursorException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;

/**
 * Turns the API's expected failures into GraphQL errors. Anything else is left to Spring, which
 * answers INTERNAL_ERROR without internals and logs the cause.
 */
public class CatalogExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private final Duration timeout;

    public CatalogExceptionResolver(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment env) {
        return switch (failure) {
            case EntityNotFoundException e -> error(env, ErrorType.NOT_FOUND, e.getMessage(),
                    argument(e.argument(), e.value(), "suggestions", refs(e.suggestions())));
            case AmbiguousRefException e -> error(env, ErrorType.BAD_REQUEST, e.getMessage(),
                    argument(e.argument(), e.value(), "candidates", refs(e.candidates())));
            case InvalidArgumentException e -> error(env, ErrorType.BAD_REQUEST, e.getMessage(),
                    argument(e.argument(), e.value(), null, null));
            case InvalidCursorException e -> error(env, ErrorType.BAD_REQUEST, e.getMessage(),
                    argument("after", env.getArgument("after"), null, null));
            // Says how long, never repeats the input (it may be a megabyte).
            case InputTooLongException e -> error(env, ErrorType.BAD_REQUEST, e.getMessage(), Map.of());
            case QueryTimeoutException e -> error(env, CatalogErrorType.TIMEOUT, e.getMessage(), Map.of());
            case Neo4jException e when timedOut(e) -> error(env, CatalogErrorType.TIMEOUT,
                    new QueryTimeoutException(timeout).getMessage(), Map.of());
            default -> null;
        };
    }

    private static boolean timedOut(Neo4jException e) {
        // Neo.ClientError.Transaction.TransactionTimedOut and ...TimedOutClientConfiguration
        return e.code() != null && e.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message,
                                      Map<String, Object> extensions) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
    }

    private static Map<String, Object> argument(String name, Object value, String listName, List<String> list) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("argument", name);
        if (value != null) {
            extensions.put("value", value);
        }
        if (listName != null) {
            extensions.put(listName, list);
        }
        return extensions;
    }

    private static List<String> refs(List<EntitySummary> entities) {
        return entities.stream().map(EntitySummary::ref).toList();
    }
}
