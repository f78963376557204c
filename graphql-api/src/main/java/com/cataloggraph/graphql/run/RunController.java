package com.cataloggraph.graphql.run;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Starts and follows runs through whichever triggers the application provides. Answers are
 * {@code RunResult}s: a {@link Run}, or a {@link RunProblem} saying why not.
 */
@Controller
public class RunController {

    private final ObjectProvider<IngestTrigger> ingest;
    private final ObjectProvider<AgentsMdRunTrigger> agentsMd;

    public RunController(ObjectProvider<IngestTrigger> ingest, ObjectProvider<AgentsMdRunTrigger> agentsMd) {
        this.ingest = ingest;
        this.agentsMd = agentsMd;
    }

    @MutationMapping
    public Object startIngest(@Argument List<String> sources) {
        IngestTrigger trigger = ingest.getIfUnique();
        return trigger == null ? RunProblem.unavailable(RunKind.INGEST)
                : started(RunKind.INGEST, () -> trigger.start(new IngestRequest(sources)));
    }

    @MutationMapping
    public Object startAgentsMdRun(@Argument List<String> repositories, @Argument Boolean openMergeRequests) {
        AgentsMdRunTrigger trigger = agentsMd.getIfUnique();
        return trigger == null ? RunProblem.unavailable(RunKind.AGENTS_MD)
                : started(RunKind.AGENTS_MD, () -> trigger.start(new AgentsMdRunRequest(repositories,
                        Boolean.TRUE.equals(openMergeRequests))));
    }

    @QueryMapping
    public Object run(@Argument RunKind kind, @Argument String id) {
        Function<String, Optional<RunStatus>> status = statusOf(kind);
        if (status == null) {
            return RunProblem.unavailable(kind);
        }
        return status.apply(id).<Object>map(found -> Run.of(kind, found)).orElseGet(() -> RunProblem.notFound(kind, id));
    }

    /** The status lookup of the trigger for this kind, or null when none is wired. */
    private Function<String, Optional<RunStatus>> statusOf(RunKind kind) {
        return switch (kind) {
            case INGEST -> {
                IngestTrigger trigger = ingest.getIfUnique();
                yield trigger == null ? null : trigger::status;
            }
            case AGENTS_MD -> {
                AgentsMdRunTrigger trigger = agentsMd.getIfUnique();
                yield trigger == null ? null : trigger::status;
            }
        };
    }

    private static Object started(RunKind kind, Supplier<RunStatus> start) {
        try {
            return Run.of(kind, start.get());
        } catch (RunRejectedException e) {
            return RunProblem.rejected(e);
        }
    }
}
