package com.cataloggraph.mcp.dependency;

import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.ANY;
import static com.cataloggraph.mcp.tool.Schemas.bool;
import static com.cataloggraph.mcp.tool.Schemas.integer;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntityFilters;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.EntityResolver;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.Cursors;
import com.cataloggraph.model.query.DependencyHit;
import com.cataloggraph.model.query.Direction;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.TraversalQueries;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The two transitive tools: a breadth-first walk along dependencies (or against them), nearest
 * first, filtered by kind and type, paged with an opaque cursor.
 */
abstract sealed class DependencyWalkTool extends CatalogTool<DependencyWalkTool.Input>
        permits GetDependenciesTool, GetDependentsTool {

    /**
     * @param kind comma-separated kinds to return, e.g. {@code resource} or {@code component,api}
     * @param type comma-separated types to return, e.g. {@code database}
     */
    public record Input(String entity, Integer depth, String kind, String type, String cursor) {
    }

    /**
     * An entity reached by the walk.
     *
     * @param direct   true when it is one step away
     * @param via      the entity one step closer to the start
     * @param relation how {@code via} and this entity are related, read from {@code via}
     * @param api      the API the step went through, for a consumer-to-provider step
     */
    public record Hit(String ref, String title, String type, String lifecycle, Boolean missing, int depth,
                      boolean direct, String via, String relation, String api) {

        static Hit of(DependencyHit hit) {
            EntityView view = EntityView.of(hit.entity());
            return new Hit(view.ref(), view.title(), view.type(), view.lifecycle(), view.missing(), hit.depth(),
                    hit.direct(), hit.via(), hit.relation(), hit.api());
        }

        String render() {
            String how = relation + (api == null ? "" : " " + api);
            return "- " + TextRendering.entity(new EntityView(ref, title, type, lifecycle, null, missing))
                    + (direct ? " · direct (" + how + ")" : " · depth " + depth + " via " + via + " (" + how + ")");
        }
    }

    /**
     * @param total      how many entities the walk reached that pass the filters
     * @param nextCursor pass it back as {@code cursor} for the next page; absent on the last one
     */
    public record Output(String entity, String direction, int depth, long total, List<Hit> items, String nextCursor,
                         String note) implements ToolOutput {
        @Override
        public String render() {
            String head = "dependencies".equals(direction)
                    ? entity + " depends on " + total + " (depth " + depth + ")"
                    : total + " depend on " + entity + " (depth " + depth + ")";
            String lines = items.stream().map(Hit::render).collect(Collectors.joining("\n"));
            return head + (items.isEmpty() ? "." : ":\n" + lines)
                    + (nextCursor == null ? "" : "\nMore: call again with cursor=\"" + nextCursor + "\".")
                    + (note == null ? "" : "\n" + note);
        }
    }

    private final ToolContext context;
    private final EntityFilters filters;
    private final Direction direction;

    DependencyWalkTool(String name, String description, Direction direction, ToolContext context) {
        super(name, description,
                object(required("entity", string()),
                        optional("depth", integer(1, TraversalQueries.MAX_DEPTH, "default 1")),
                        optional("kind", string()), optional("type", string()),
                        optional("cursor", string())),
                output(field("entity", string()), field("direction", string()), field("depth", integer()),
                        field("total", integer()), field("items", list(nested(field("ref", string()),
                                field("title", ANY), field("type", ANY), field("lifecycle", ANY), field("missing", ANY),
                                field("depth", integer()), field("direct", bool()), field("via", string()),
                                field("relation", string()), field("api", string())))),
                        field("nextCursor", string())),
                Input.class);
        this.context = context;
        this.filters = new EntityFilters(context);
        this.direction = direction;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary start = context.resolver().resolvePreferring("entity", input.entity(), EntityResolver.DEPENDING);
        int depth = input.depth() == null ? 1 : input.depth();
        Set<String> kinds = words(input.kind());
        Set<String> types = words(input.type());
        String question = name() + "|" + start.ref() + "|" + depth + "|" + kinds + "|" + types;
        int offset = Cursors.decodeOffset(input.cursor(), question);
        List<DependencyHit> hits = context.graph().traversal().walk(start.ref(), direction, depth, kinds, types);
        int end = Math.min(hits.size(), offset + context.maxItems());
        List<Hit> page = offset >= hits.size() ? List.of() : hits.subList(offset, end).stream().map(Hit::of).toList();
        String next = end < hits.size() ? Cursors.encode(question, end) : null;
        if (hits.isEmpty() && !(kinds.isEmpty() && types.isEmpty())) {
            filters.explainUnknown(kinds, types, Set.of());
        }
        String note = hits.isEmpty() && !(kinds.isEmpty() && types.isEmpty())
                ? "Nothing of that kind/type within depth " + depth + "; drop the filters or raise depth (max "
                  + TraversalQueries.MAX_DEPTH + ")." : null;
        return new Output(start.ref(), direction.name().toLowerCase(Locale.ROOT), depth, hits.size(), page, next, note);
    }

    private static Set<String> words(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
