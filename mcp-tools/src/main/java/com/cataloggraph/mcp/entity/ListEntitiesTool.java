package com.cataloggraph.mcp.entity;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.integer;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.Citations;
import com.cataloggraph.mcp.tool.EntityFilters;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.history.ChangeFilter;
import com.cataloggraph.model.query.EntityFilter;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A filtered listing ordered by ref, a page at a time. */
public final class ListEntitiesTool extends CatalogTool<ListEntitiesTool.Input> {

    /** @param changedSince list what changed since then instead (kind and owner still filter) */
    public record Input(String kind, String type, String lifecycle, String owner, String system, String tag,
                        String namespace, Integer limit, String cursor, String changedSince) {
    }

    /**
     * @param total      how many entities the filters match in all
     * @param nextCursor pass it back as {@code cursor} for the next page; absent on the last page
     * @param changes    with {@code changedSince}: the recorded changes, newest first
     */
    public record Output(long total, List<EntityView> items, String nextCursor, String note,
                         List<EntityHistory.Change> changes) implements ToolOutput {
        @Override
        public String render() {
            if (changes != null) {
                return (changes.isEmpty() ? "No change recorded in that period."
                        : changes.size() + " changes, newest first:\n" + changes.stream().map(c -> "- " + c.render())
                                .collect(Collectors.joining("\n"))) + (note == null ? "" : "\n" + note);
            }
            if (items.isEmpty()) {
                return total == 0 ? "No entity matches these filters." : "No more entities (" + total + " in all).";
            }
            Citations.Line citations = new Citations.Line(null);
            String lines = items.stream().map(e -> "- " + TextRendering.entity(e) + citations.cite(e.citation()))
                    .collect(Collectors.joining("\n"));
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
                        optional("limit", integer(1, context.maxItems(), null)), optional("cursor", string()),
                        optional("changedSince", string("ISO time or age (7d): what changed since"))),
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
        if (input.changedSince() != null) {
            return changes(input, filter, limit);
        }
        Page<EntitySummary> page = context.graph().entities().list(filter, limit, input.cursor());
        long total = context.graph().entities().count(filter);
        if (total == 0) {
            filters.explainEmpty(filter);
        }
        return new Output(total, EntityView.cited(page.items(), null), page.nextCursor(), null, null);
    }

    /** What changed since a time, under an owner, of a kind: the catalog's history, newest first. */
    private Output changes(Input input, EntityFilter filter, int limit) {
        ChangeFilter changes = ChangeFilter.since(EntityHistory.time("changedSince", input.changedSince(),
                Instant.now())).ownedBy(filter.owner()).ofKind(filter.kind());
        List<EntityHistory.Change> found = new EntityHistory(context.history()).changes(changes, limit + 1);
        List<String> notes = new ArrayList<>();
        if (found.size() > limit) {
            notes.add("Showing the latest " + limit + "; a later changedSince (or owner, kind) narrows it.");
        }
        if (filter.type() != null || filter.lifecycle() != null || filter.system() != null || filter.tag() != null
                || filter.namespace() != null) {
            notes.add("With changedSince only kind and owner filter; the other filters were not applied.");
        }
        List<EntityHistory.Change> shown = found.stream().limit(limit).toList();
        return new Output(shown.size(), List.of(), null, notes.isEmpty() ? null : String.join(" ", notes), shown);
    }
}
