package com.cataloggraph.mcp.dependency;

import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.bool;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.Nearest;
import com.cataloggraph.mcp.tool.ToolCallException;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.PathStep;
import com.cataloggraph.model.vocabulary.RelationReading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shortest chain of relations between two entities, over all relations or only some, read in
 * a direction: {@code relations=dependsOn,consumesApi,apiProvidedBy} is a dependency chain from
 * {@code from} to {@code to}; {@code direction=backward} the chain of what depends on {@code from}.
 */
public final class FindPathTool extends CatalogTool<FindPathTool.Input> {

    /** How the named relations are read along the path. */
    enum PathDirection {
        /** Each hop as named, read from its left side. */
        FORWARD,
        /** Each hop the inverse of the named relation. */
        BACKWARD,
        /** Either. */
        BOTH
    }

    /**
     * @param relations comma-separated relation names as read from {@code from} towards {@code to}
     * @param direction forward (default), backward or both
     */
    public record Input(String from, String to, String relations, String direction) {
    }

    /** One hop, its relation read from {@code from} towards {@code to}. */
    public record Hop(String from, String relation, String to) {
    }

    public record Output(String from, String to, boolean found, List<Hop> hops, String note) implements ToolOutput {
        @Override
        public String render() {
            if (!found) {
                return "No path between " + from + " and " + to + " within 12 hops" + (note == null ? "." : " " + note);
            }
            if (hops.isEmpty()) {
                return from + " is " + to + " (no hops).";
            }
            StringBuilder text = new StringBuilder(from);
            hops.forEach(hop -> text.append(" -").append(hop.relation()).append("-> ").append(hop.to()));
            return text + " (" + hops.size() + (hops.size() == 1 ? " hop)" : " hops)");
        }
    }

    private static final List<String> NAMES = RelationReading.all().stream().map(RelationReading::backstageName)
            .toList();

    private final ToolContext context;

    public FindPathTool(ToolContext context) {
        super("find_path",
                "Shortest chain of relations between two entities, hops named as read from the left; optionally "
                        + "only relations (e.g. dependsOn,consumesApi,apiProvidedBy), read forward, backward or both.",
                object(required("from", string()), required("to", string()), optional("relations", string()),
                        optional("direction", Map.of("enum", List.of("forward", "backward", "both")))),
                output(field("from", string()), field("to", string()), field("found", bool()),
                        field("hops", list(nested(field("from", string()), field("relation", string()),
                                field("to", string()))))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        List<RelationReading> along = readings(input.relations(), direction(input.direction()));
        EntitySummary from = context.resolver().resolve("from", input.from());
        EntitySummary to = context.resolver().resolve("to", input.to());
        Optional<List<PathStep>> path = context.graph().traversal().shortestPath(from.ref(), to.ref(), along);
        List<Hop> hops = path.orElse(List.of()).stream()
                .map(step -> new Hop(step.from().ref(), step.relation(), step.to().ref())).toList();
        String note = path.isEmpty() && !along.isEmpty()
                ? "along " + String.join(", ", along.stream().map(RelationReading::backstageName).toList())
                  + "; drop relations or use direction=both to look further."
                : null;
        return new Output(from.ref(), to.ref(), path.isPresent(), hops, note);
    }

    private static PathDirection direction(String text) {
        if (text == null || text.isBlank()) {
            return PathDirection.FORWARD;
        }
        return Arrays.stream(PathDirection.values()).filter(d -> d.name().equalsIgnoreCase(text.trim())).findFirst()
                .orElseThrow(() -> new ToolCallException("direction must be forward, backward or both"));
    }

    /** The readings the path may use; none for any relation either way. */
    private static List<RelationReading> readings(String relations, PathDirection direction) {
        if (relations == null || relations.isBlank()) {
            return List.of();
        }
        Set<RelationReading> readings = new LinkedHashSet<>();
        for (String name : relations.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            RelationReading reading = RelationReading.of(name.trim()).orElseThrow(() -> unknown(name.trim()));
            if (direction != PathDirection.BACKWARD) {
                readings.add(reading);
            }
            if (direction != PathDirection.FORWARD) {
                readings.add(reading.inverse());
            }
        }
        return new ArrayList<>(readings);
    }

    private static ToolCallException unknown(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
        return new ToolCallException("Unknown relation \"" + shown + "\". Did you mean "
                + String.join(", ", Nearest.to(name.toLowerCase(Locale.ROOT), NAMES, 2)) + "? Relations: "
                + String.join(", ", NAMES) + ".");
    }
}
