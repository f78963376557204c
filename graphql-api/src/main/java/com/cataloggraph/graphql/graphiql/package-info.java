/**
 * GraphiQL at {@code /graphiql}, working offline: GraphiQL, React and their styles are served from
 * this jar ({@code resources/graphiql/assets}, refreshed by {@code tools/vendor-graphiql.sh}),
 * not from a CDN, and the page opens with the saved example queries as tabs.
 */
package com.cataloggraph.graphql.graphiql;
