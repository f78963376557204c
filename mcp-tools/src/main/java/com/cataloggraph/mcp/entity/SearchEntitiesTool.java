package com.cataloggraph.mcp.entity;

import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.ANY;
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
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.SearchHit;
import java.util.List;
import java.util.stream.Collectors;

/** Free-text search over the catalog, best match first. */
public final class SearchEntitiesTool extends CatalogTool<SearchEntitiesTool.Input> {

    public record Input(String query, String kind, String type, String owner, String tag, String lifecycle,
                        Integer limit) {
    }

    /** One hit: the entity and the start of its description. */
    public record Result(String ref, String title, String type, String lifecycle, String description,
                         Boolean missing) {
    }

    public record Output(String query, List<Result> results, String note) implements ToolOutput {
        @Override
        public String render() {
            if (results.isEmpty()) {
                return "No entity matches \"" + query + "\". Try fewer or other words, or list_entities by kind.";
            }
            String lines = results.stream().map(r -> "- " + TextRendering.entity(new EntityView(r.ref(), r.title(),
                            r.type(), r.lifecycle(), null, r.missing()))
                    + (r.description() == null ? "" : " — " + r.description()))
                    .collect(Collectors.joining("\n"));
            return results.size() + " best matches for \"" + query + "\":\n" + lines + (note == null ? "" : "\n" + note);
        }
    }

    private final ToolContext context;
    private final EntityFilters filters;

    public SearchEntitiesTool(ToolContext context) {
        super("search_entities",
                "Free-text search over names, titles, descriptions and tags, best first; filter by kind, type, "
                        + "owner, tag, lifecycle.",
                object(required("query", string()), optional("kind", string()), optional("type", string()),
                        optional("owner", string()), optional("tag", string()), optional("lifecycle", string()),
                        optional("limit", integer(1, context.maxItems(), "default 10"))),
                output(field("query", string()), field("results", list(nested(field("ref", string()),
                        field("title", ANY), field("type", ANY), field("lifecycle", ANY), field("description", ANY),
                        field("missing", ANY))))),
                Input.class);
        this.context = context;
        this.filters = new EntityFilters(context);
    }

    @Override
    protected ToolOutput answer(Input input) {
        int limit = input.limit() == null ? 10 : input.limit();
        EntityFilter filter = filters.filter(input.kind(), input.type(), input.lifecycle(), input.owner(), null,
                input.tag(), null);
        List<SearchHit> hits = context.graph().entities().search(input.query(), filter, limit);
        if (hits.isEmpty()) {
            filters.explainEmpty(filter);
        }
        List<Result> results = hits.stream().map(SearchHit::entity).map(e -> new Result(e.ref(),
                e.title() != null ? e.title() : e.displayName(), e.type(), e.lifecycle(),
                TextRendering.shorten(e.description(), 120), e.missing() ? Boolean.TRUE : null)).toList();
        String note = results.size() == limit
                ? "Showing the best " + limit + "; narrow with kind, type or owner"
                  + (limit < context.maxItems() ? ", or raise limit (max " + context.maxItems() + ")" : "") + "."
                : null;
        return new Output(input.query(), results, note);
    }
}
