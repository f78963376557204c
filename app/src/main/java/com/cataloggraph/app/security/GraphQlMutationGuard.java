package com.cataloggraph.app.security;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Mutations start ingests and AGENTS.md runs, so with authentication configured they need the
 * admin role; readers get a FORBIDDEN error and nothing runs. Queries need only the reader role,
 * which the HTTP security already required to reach {@code /graphql}.
 *
 * <p>The decision is taken on the operation the engine actually executes, after parsing and
 * operation selection ({@link #beginExecuteOperation}), never on the request's own
 * {@code operationName}: a request that names no operation, an empty one, or one that differs from
 * what graphql-java picks cannot slip a mutation past it. The web interceptor only records who
 * is calling; a request that reaches the engine some other way carries no such record and is
 * treated as a reader's.
 */
@Component
@ConditionalOnWebApplication
class GraphQlMutationGuard implements WebGraphQlInterceptor, Instrumentation {

    /** GraphQL context key: {@code true} when the caller may run mutations. */
    static final String MAY_MUTATE = GraphQlMutationGuard.class.getName() + ".mayMutate";

    private final boolean enforced;

    GraphQlMutationGuard(SecurityProperties properties) {
        this.enforced = properties.authenticationConfigured();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        boolean mayMutate = !enforced || isAdmin(SecurityContextHolder.getContext().getAuthentication());
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(context -> context.put(MAY_MUTATE, mayMutate)).build());
        return chain.next(request);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        GraphQLContext context = parameters.getExecutionContext().getGraphQLContext();
        if (enforced && operation.getOperation() == OperationDefinition.Operation.MUTATION
                && !Boolean.TRUE.equals(context.get(MAY_MUTATE))) {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .message("Mutations need the admin role (scope " + Role.ADMIN.scope() + "); this token is a reader")
                    .errorType(ErrorType.FORBIDDEN)
                    .build()));
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }
}
