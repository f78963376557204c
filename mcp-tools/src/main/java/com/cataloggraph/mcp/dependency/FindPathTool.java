package com.cataloggraph.mcp.dependency;

import static com.cataloggraph.mcp.tool.Schemas.array;
import static com.cataloggraph.mcp.tool.Schemas.bool;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.Citations;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.PathStep;
import java.util.List;
import java.util.Optional;

/** The shortest chain of relations between two entities. */
public final class FindPathTool extends CatalogTool<FindPathTool.Input> {

    public record Input(String from, String to) {
    }

    /**
     * One hop, its relation read from {@code from} towards {@code to}; {@code at} cites its declaration,
     * {@code :line} when in the file the hop before cites.
     */
    public record Hop(String from, String relation, String to, String at) {
    }

    public record Output(String from, String to, boolean found, List<Hop> hops, String note) implements ToolOutput {
        @Override
        public String render() {
            if (!found) {
                return "No path between " + from + " and " + to + " within 12 hops.";
            }
            if (hops.isEmpty()) {
                return from + " is " + to + " (no hops).";
            }
            StringBuilder text = new StringBuilder(from);
            Citations.Line citations = new Citations.Line(null);
            hops.forEach(hop -> text.append(" -").append(hop.relation()).append(citations.cite(hop.at())).append("-> ")
                    .append(hop.to()));
            return text + " (" + hops.size() + (hops.size() == 1 ? " hop)" : " hops)");
        }
    }

    private final ToolContext context;

    public FindPathTool(ToolContext context) {
        super("find_path",
                "The shortest chain of relations between two entities, each hop named as read from its left side "
                        + "(e.g. memberOf, ownerOf).",
                object(required("from", string()), required("to", string())),
                output(required("from", string()), required("to", string()), required("found", bool()),
                        required("hops", array(object(required("from", string()), required("relation", string()),
                                required("to", string()))))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary from = context.resolver().resolve("from", input.from());
        EntitySummary to = context.resolver().resolve("to", input.to());
        Optional<List<PathStep>> path = context.graph().traversal().shortestPath(from.ref(), to.ref());
        Citations.Line citations = new Citations.Line(null);
        List<Hop> hops = path.orElse(List.of()).stream()
                .map(step -> new Hop(step.from().ref(), step.relation(), step.to().ref(),
                        citations.compact(Citations.of(step.declarations(), null)))).toList();
        return new Output(from.ref(), to.ref(), path.isPresent(), hops, null);
    }
}
