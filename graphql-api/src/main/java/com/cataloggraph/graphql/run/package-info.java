/**
 * Runs other features perform, started over GraphQL. The API defines what it needs
 * ({@link com.cataloggraph.graphql.run.IngestTrigger},
 * {@link com.cataloggraph.graphql.run.AgentsMdRunTrigger}); the application provides beans
 * implementing them. Without one, starting that kind of run answers {@code RunProblem UNAVAILABLE}.
 */
package com.cataloggraph.graphql.run;
