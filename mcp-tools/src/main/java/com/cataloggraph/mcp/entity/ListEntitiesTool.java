package com.cataloggraph.mcp.entity;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.integer;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntityFilters;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Page;
import java.util.List;
import java.util.stream.Collectors;

/** A filtered listing ordered by ref, a page at a time. */
public final class ListEntitiesTool extends CatalogTool<ListEntitiesTool.Input> {

    public record Input(String kind, String type, String lifecycle, String owner, String system, String tag,
                        String namespace, Integer limit, String cursor) {
    }

    /**
     * @param total      how many entities the filters match in all
     * @param nextCursor pass it back as {@code cursor} for the next page; absent on the last page
     */
    public record Output(long total, List<EntityView> items, String nextCursor, String note) implements ToolOutput {
        @Override
        public String render() {
            if (items.isEmpty()) {
                return total == 0 ? "No entity matches these filters." : "No more entities (" + total + " in all).";
            }
            String lines = items.stream().map(e -> "- " + TextRendering.entity(e)).collect(Collectors.joining("\n"));
            return items.size() + " of " + total + " entities:\n" + lines
                    + (nextCursor == null ? "" : "\nMore: call again with cursor=\"" + nextCursor + "\".");
        }
    }

    private final ToolContext context;
    private final EntityFilters filters;

    public ListEntitiesTool(ToolContext context) {
        super("list_entities",
                "Entities by ref, filtered by kind, type, lifecycle, owner, system, tag, namespace; pages of up to "
                        + context.maxItems() + " (pass nextCursor back as cursor).",
                object(optional("kind", string()), optional("type", string()), optional("lifecycle", string()),
                        optional("owner", string()), optional("system", string()), optional("tag", string()),
                        optional("namespace", string()),
                        optional("limit", integer(1, context.maxItems(), null)), optional("cursor", string())),
                output(field("total", integer()), field("items", ENTITIES),
                        field("nextCursor", string())),
                Input.class);
        this.context = context;
        this.filters = new EntityFilters(context);
    }

    @Override
    protected ToolOutput answer(Input input) {
        int limit = input.limit() == null ? context.maxItems() : input.limit();
        EntityFilter filter = filters.filter(input.kind(), input.type(), input.lifecycle(), input.owner(),
                input.system(), input.tag(), input.namespace());
        Page<EntitySummary> page = context.graph().entities().list(filter, limit, input.cursor());
        long total = context.graph().entities().count(filter);
        if (total == 0) {
            filters.explainEmpty(filter);
        }
        return new Output(total, EntityView.of(page.items()), page.nextCursor(), null);
    }
}
