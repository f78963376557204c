package com.cataloggraph.codehosts.http;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** JSON requests that must succeed, over a {@link HostClient}: what write-side callers (merge-request publishers) need. */
public final class JsonApi {

    private static final int MAX_PAGES = 100;

    private final HostClient client;

    public JsonApi(HostClient client) {
        this.client = client;
    }

    public HostClient client() {
        return client;
    }

    /** GET that must succeed. */
    public JsonNode get(String target) {
        return expectOk("GET", target, client.get(target));
    }

    /** GET where 404 means "there is none". */
    public Optional<JsonNode> find(String target) {
        HostResponse response = client.get(target);
        return response.status() == 404 ? Optional.empty() : Optional.of(expectOk("GET", target, response));
    }

    /** GET of a list through every page ({@code Link} or {@code X-Next-Page}), at most 100 pages. */
    public List<JsonNode> getAll(String target) {
        return new Pages(client, MAX_PAGES).all(target, target, response -> response.ok() ? Optional.empty()
                : Optional.of(failure("GET", target, response)));
    }

    /** POST, PUT or PATCH of a JSON body that must succeed; returns the answer's body. */
    public JsonNode write(String method, String target, Object body) {
        return expectOk(method, target, send(method, target, body));
    }

    /** Any JSON request; the caller judges the status. */
    public HostResponse send(String method, String target, Object body) {
        return client.send(HostRequest.json(method, target, body));
    }

    /** The answer's JSON body when it is a success, else a {@link HostException} naming the request and the answer. */
    public JsonNode expectOk(String method, String target, HostResponse response) {
        if (!response.ok()) {
            throw HostException.answered(failure(method, target, response), response.status());
        }
        return response.json(client.name() + "'s answer to " + method + " " + client.display(response.uri()));
    }

    private String failure(String method, String target, HostResponse response) {
        return client.name() + " " + method + " " + client.display(client.resolve(target)) + " answered "
                + response.status() + ": " + response.errorSummary();
    }
}
