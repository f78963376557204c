package com.cataloggraph.app.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

/**
 * A GraphQL query executed in-process by the application's GraphQL service: parsing, validation,
 * the limits, the controllers and DataLoaders, without HTTP and JSON around them.
 */
final class GraphQlInProcessProbe implements Probe {

    private static final AtomicLong IDS = new AtomicLong();

    private final GraphQlOperation operation;
    private final ExecutionGraphQlService service;

    GraphQlInProcessProbe(GraphQlOperation operation, ExecutionGraphQlService service) {
        this.operation = operation;
        this.service = service;
    }

    @Override
    public String name() {
        return operation.name();
    }

    @Override
    public String transport() {
        return IN_PROCESS;
    }

    @Override
    public Caller caller(int worker) {
        ArgumentCycle<Map<String, Object>> cycle = new ArgumentCycle<>(operation.variables(), worker);
        return () -> errorOf(execute(service, operation.document(), cycle.next()));
    }

    static ExecutionGraphQlResponse execute(ExecutionGraphQlService service, String document,
                                            Map<String, Object> variables) {
        ExecutionGraphQlResponse response = service.execute(new DefaultExecutionGraphQlRequest(document, null,
                variables, Map.of(), "bench-" + IDS.incrementAndGet(), null)).block();
        if (response == null) {
            throw new IllegalStateException("the GraphQL service gave no answer");
        }
        return response;
    }

    private static String errorOf(ExecutionGraphQlResponse response) {
        List<ResponseError> errors = response.getErrors();
        return errors.isEmpty() ? null : errors.getFirst().getMessage();
    }
}
