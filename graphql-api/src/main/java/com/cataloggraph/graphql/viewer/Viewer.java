package com.cataloggraph.graphql.viewer;

/**
 * Who is calling, as the application's security sees the request. The application puts one in
 * each request's GraphQL context under {@link #CONTEXT_KEY}; without one the API has no
 * authentication in front of it and anyone may start runs, as its mutations then allow.
 *
 * @param name          the token's or user's name; null without authentication
 * @param authenticated true when the caller presented valid credentials
 * @param canStartRuns  true when the caller may run {@code startIngest} and {@code startAgentsMdRun}
 */
public record Viewer(String name, boolean authenticated, boolean canStartRuns) {

    /** The GraphQL context key the application stores the request's viewer under. */
    public static final String CONTEXT_KEY = Viewer.class.getName();

    /** A caller of an API without authentication. */
    public static final Viewer UNAUTHENTICATED = new Viewer(null, false, true);
}
