package com.cataloggraph.graphql.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.graphql.GraphQlApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** With triggers wired, the mutations start runs and {@code run} follows them. */
@Import(RunsWithTriggersTest.Triggers.class)
class RunsWithTriggersTest extends GraphQlApiTest {

    @Autowired
    RecordingIngest ingest;

    @Autowired
    RecordingAgentsMd agentsMd;

    @Test
    void startsAnIngestOfTheSourcesAskedAndFollowsIt() {
        String id = graphQl.documentName("startIngest").variable("sources", List.of("/srv/repos")).execute()
                .path("startIngest.__typename").entity(String.class).isEqualTo("Run")
                .path("startIngest.kind").entity(String.class).isEqualTo("INGEST")
                .path("startIngest.state").entity(String.class).isEqualTo("QUEUED")
                .path("startIngest.id").entity(String.class).get();

        assertThat(ingest.requests).contains(new IngestRequest(List.of("/srv/repos")));
        ingest.runs.put(id, new RunStatus(id, RunState.RUNNING, "412 of 1000 files"));
        graphQl.documentName("run").variable("kind", "INGEST").variable("id", id).execute()
                .path("run").matchesJsonStrictly("""
                        {"__typename": "Run", "id": "%s", "kind": "INGEST", "state": "RUNNING", "detail": "412 of 1000 files"}
                        """.formatted(id));
    }

    @Test
    void startsAnIngestOfTheDefaultSourcesWhenNoneAreNamed() {
        graphQl.documentName("startIngest").execute().path("startIngest.state").entity(String.class).isEqualTo("QUEUED");

        assertThat(ingest.requests).contains(new IngestRequest(List.of()));
    }

    @Test
    void showsWhyATriggerRefusedARun() {
        graphQl.documentName("startIngest").variable("sources", List.of("gitlab:unknown")).execute()
                .path("startIngest").matchesJsonStrictly("""
                        {"__typename": "RunProblem", "code": "REJECTED", "message": "Unknown source gitlab:unknown"}
                        """);
    }

    @Test
    void startsAnAgentsMdRunThatOpensMergeRequests() {
        graphQl.documentName("startAgentsMdRun").variable("repositories", List.of("acme/payments-service"))
                .variable("openMergeRequests", true).execute()
                .path("startAgentsMdRun.kind").entity(String.class).isEqualTo("AGENTS_MD");

        assertThat(agentsMd.requests).contains(new AgentsMdRunRequest(List.of("acme/payments-service"), true));
    }

    @Test
    void aRunNoTriggerKnowsIsNotFound() {
        graphQl.documentName("run").variable("kind", "AGENTS_MD").variable("id", "nope").execute()
                .path("run").matchesJsonStrictly("""
                        {"__typename": "RunProblem", "code": "NOT_FOUND", "message": "No AGENTS_MD run has id \\"nope\\""}
                        """);
    }

    /** Stand-ins for the ingester and the generator, which live in other modules. */
    @TestConfiguration
    static class Triggers {

        @Bean
        RecordingIngest recordingIngest() {
            return new RecordingIngest();
        }

        @Bean
        RecordingAgentsMd recordingAgentsMd() {
            return new RecordingAgentsMd();
        }
    }

    static final class RecordingIngest implements IngestTrigger {
        final List<IngestRequest> requests = new ArrayList<>();
        final Map<String, RunStatus> runs = new ConcurrentHashMap<>();

        @Override
        public synchronized RunStatus start(IngestRequest request) {
            if (request.sources().contains("gitlab:unknown")) {
                throw new RunRejectedException("Unknown source gitlab:unknown");
            }
            requests.add(request);
            RunStatus status = new RunStatus("ingest-" + requests.size(), RunState.QUEUED, null);
            runs.put(status.id(), status);
            return status;
        }

        @Override
        public Optional<RunStatus> status(String runId) {
            return Optional.ofNullable(runs.get(runId));
        }
    }

    static final class RecordingAgentsMd implements AgentsMdRunTrigger {
        final List<AgentsMdRunRequest> requests = new ArrayList<>();

        @Override
        public synchronized RunStatus start(AgentsMdRunRequest request) {
            requests.add(request);
            return new RunStatus("agents-md-" + requests.size(), RunState.QUEUED, null);
        }

        @Override
        public Optional<RunStatus> status(String runId) {
            return Optional.empty();
        }
    }
}
