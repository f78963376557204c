package com.cataloggraph.mcp.ownership;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.ENTITY;
import static com.cataloggraph.mcp.tool.Schemas.SLICE;
import static com.cataloggraph.mcp.tool.Schemas.integer;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.Citations;
import com.cataloggraph.mcp.tool.EntityResolver;
import com.cataloggraph.mcp.tool.EntitySlice;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.OwnerInfo;
import java.util.ArrayList;
import java.util.List;

/** Who owns an entity, resolved to people: the group, its members and contacts, its parents. */
public final class GetOwnerTool extends CatalogTool<GetOwnerTool.Input> {

    /** The members an owner lists unless asked for more or fewer. */
    static final int DEFAULT_MEMBERS = 10;

    /** @param members how many members of an owning group to list (their count is always given) */
    public record Input(String entity, Integer members) {
    }

    /**
     * One owner.
     *
     * @param owner   the owning group or user, with its profile email; {@code at} cites the {@code spec.owner}
     *                that names it
     * @param members for a group: its members with their emails
     * @param parents for a group: its parent groups, nearest first
     * @param groups  for a user: the groups the user belongs to
     */
    public record Owner(EntityView owner, EntitySlice members, List<EntityView> parents, List<EntityView> groups) {
    }

    public record Output(EntityView entity, List<Owner> owners, String note) implements ToolOutput {
        @Override
        public String render() {
            if (owners.isEmpty()) {
                return entity.ref() + " has no owner in the catalog.";
            }
            List<String> lines = new ArrayList<>();
            for (Owner o : owners) {
                lines.add(entity.ref() + " is owned by " + TextRendering.cited(o.owner()));
                if (o.members() != null) {
                    lines.add("  members (" + o.members().total() + "): "
                            + TextRendering.entities(o.members().items(), o.members().total()));
                }
                if (o.parents() != null) {
                    lines.add("  parent groups: " + TextRendering.entities(o.parents(), o.parents().size()));
                }
                if (o.groups() != null) {
                    lines.add("  member of: " + TextRendering.entities(o.groups(), o.groups().size()));
                }
            }
            if (note != null) {
                lines.add(note);
            }
            return String.join("\n", lines);
        }
    }

    private final ToolContext context;

    public GetOwnerTool(ToolContext context) {
        super("get_owner",
                "Who owns an entity: the owning group with contact email, members and parent groups; for a user, "
                        + "their groups.",
                object(required("entity", string()),
                        optional("members", integer(0, context.maxItems(), "members listed, default "
                                + DEFAULT_MEMBERS))),
                output(field("entity", ENTITY), field("owners", list(nested(field("owner", ENTITY),
                        field("members", SLICE), field("parents", ENTITIES),
                        field("groups", ENTITIES))))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary entity = context.resolver().resolvePreferring("entity", input.entity(), EntityResolver.OWNED);
        int max = input.members() == null ? DEFAULT_MEMBERS : input.members();
        List<Owner> owners = new ArrayList<>();
        boolean cut = false;
        for (OwnerInfo info : context.graph().ownership().owners(entity.ref(), max)) {
            boolean group = "group".equalsIgnoreCase(info.owner().kind());
            boolean user = "user".equalsIgnoreCase(info.owner().kind());
            List<EntitySummary> members = info.members().stream().limit(max).toList();
            cut |= info.memberCount() > members.size();
            owners.add(new Owner(EntityView.of(info.owner(), Citations.of(info.declarations(), null)),
                    group ? EntitySlice.of(members, info.memberCount()) : null,
                    group ? EntityView.of(info.parents()) : null,
                    user ? EntityView.of(info.groups()) : null));
        }
        String note = cut ? "Members cut at " + max + "; pass members (up to " + context.maxItems()
                + ") for more, or get_team." : null;
        return new Output(EntityView.of(entity), owners, note);
    }
}
