package com.cataloggraph.graphql.run;

import com.cataloggraph.graphql.GraphQlApiTest;
import org.junit.jupiter.api.Test;

/** A deployment without an ingester or generator wired to the API says so instead of failing. */
class RunsWithoutTriggersTest extends GraphQlApiTest {

    @Test
    void startingAnIngestAnswersUnavailable() {
        graphQl.documentName("startIngest").execute().path("startIngest").matchesJsonStrictly("""
                {
                  "__typename": "RunProblem",
                  "code": "UNAVAILABLE",
                  "message": "Ingest runs cannot be started here: this deployment has no ingester wired to the GraphQL API (no IngestTrigger bean)"
                }
                """);
    }

    @Test
    void startingAnAgentsMdRunAnswersUnavailable() {
        graphQl.documentName("startAgentsMdRun").execute().path("startAgentsMdRun").matchesJsonStrictly("""
                {
                  "__typename": "RunProblem",
                  "code": "UNAVAILABLE",
                  "message": "AGENTS.md runs cannot be started here: this deployment has no AGENTS.md generator wired to the GraphQL API (no AgentsMdRunTrigger bean)"
                }
                """);
    }

    @Test
    void askingForARunAnswersUnavailable() {
        graphQl.documentName("run").variable("kind", "INGEST").variable("id", "run-1").execute()
                .path("run.__typename").entity(String.class).isEqualTo("RunProblem")
                .path("run.code").entity(String.class).isEqualTo("UNAVAILABLE");
    }
}
