package com.cataloggraph.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL query as a client sends it: {@code POST /graphql} with a JSON body over a kept-alive HTTP
 * connection per worker, the answer read as JSON and checked for errors. With several servers, worker
 * {@code i} calls server {@code i mod n}, as a load balancer would spread clients.
 */
final class GraphQlHttpProbe implements Probe {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphQlOperation operation;
    private final List<URI> endpoints;

    GraphQlHttpProbe(GraphQlOperation operation, List<String> baseUrls) {
        this.operation = operation;
        this.endpoints = baseUrls.stream().map(url -> URI.create(url + "/graphql")).toList();
    }

    @Override
    public String name() {
        return operation.name();
    }

    @Override
    public String transport() {
        return HTTP;
    }

    @Override
    public Caller caller(int worker) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI endpoint = endpoints.get(worker % endpoints.size());
        ArgumentCycle<Map<String, Object>> cycle = new ArgumentCycle<>(operation.variables(), worker);
        return new Caller() {
            @Override
            public String call() throws Exception {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("query", operation.document());
                body.put("variables", cycle.next());
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/graphql-response+json, application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    return "HTTP " + response.statusCode() + ": " + response.body();
                }
                Map<?, ?> answer = JSON.readValue(response.body(), Map.class);
                return answer.get("errors") instanceof List<?> errors && !errors.isEmpty()
                        ? String.valueOf(errors.getFirst()) : null;
            }

            @Override
            public void close() {
                http.close();
            }
        };
    }
}
