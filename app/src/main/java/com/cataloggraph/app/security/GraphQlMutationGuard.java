package com.cataloggraph.app.security;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Mutations start ingests and AGENTS.md runs, so with authentication configured they need the
 * admin role; readers get a FORBIDDEN error and nothing runs. Queries need only the reader role,
 * which the HTTP security already required to reach {@code /graphql}.
 */
@Component
@ConditionalOnWebApplication
class GraphQlMutationGuard implements WebGraphQlInterceptor {

    private final boolean enforced;

    GraphQlMutationGuard(SecurityProperties properties) {
        this.enforced = properties.authenticationConfigured();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!enforced || isAdmin(SecurityContextHolder.getContext().getAuthentication())
                || !isMutation(request.getDocument(), request.getOperationName())) {
            return chain.next(request);
        }
        ExecutionResult forbidden = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .message("Mutations need the admin role (scope " + Role.ADMIN.scope() + "); this token is a reader")
                .errorType(ErrorType.FORBIDDEN)
                .build()).build();
        return Mono.just(new WebGraphQlResponse(
                new DefaultExecutionGraphQlResponse(request.toExecutionInput(), forbidden)));
    }

    private static boolean isAdmin(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    /** The operation that will run (the named one, or the only one) is a mutation; unparsable documents fail later. */
    static boolean isMutation(String document, String operationName) {
        Document parsed;
        try {
            parsed = Parser.parse(document);
        } catch (RuntimeException e) {
            return false;
        }
        List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> operationName == null || operationName.equals(op.getName()))
                .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
    }
}
