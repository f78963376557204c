package com.cataloggraph.graphql.viewer;

import com.cataloggraph.graphql.run.AgentsMdRunTrigger;
import com.cataloggraph.graphql.run.IngestTrigger;
import com.cataloggraph.graphql.run.RunKind;
import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code viewer}: the caller, and which runs this deployment can start at all. */
@Controller
public class ViewerController {

    private final ObjectProvider<IngestTrigger> ingest;
    private final ObjectProvider<AgentsMdRunTrigger> agentsMd;

    public ViewerController(ObjectProvider<IngestTrigger> ingest, ObjectProvider<AgentsMdRunTrigger> agentsMd) {
        this.ingest = ingest;
        this.agentsMd = agentsMd;
    }

    @QueryMapping
    public Viewer viewer(GraphQLContext context) {
        return context.getOrDefault(Viewer.CONTEXT_KEY, Viewer.UNAUTHENTICATED);
    }

    @SchemaMapping(typeName = "Viewer")
    public List<RunKind> runKinds(Viewer viewer) {
        List<RunKind> kinds = new ArrayList<>();
        if (ingest.getIfUnique() != null) {
            kinds.add(RunKind.INGEST);
        }
        if (agentsMd.getIfUnique() != null) {
            kinds.add(RunKind.AGENTS_MD);
        }
        return kinds;
    }
}
