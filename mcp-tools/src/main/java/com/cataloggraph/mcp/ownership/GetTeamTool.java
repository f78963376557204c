package com.cataloggraph.mcp.ownership;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.ENTITY;
import static com.cataloggraph.mcp.tool.Schemas.KIND_SLICE;
import static com.cataloggraph.mcp.tool.Schemas.SLICE;
import static com.cataloggraph.mcp.tool.Schemas.integer;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntitySlice;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.KindCounts;
import com.cataloggraph.mcp.tool.RelationGroups;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.Set;

/** A group: its people, its place in the org chart, and what it owns. */
public final class GetTeamTool extends CatalogTool<GetTeamTool.Input> {

    /** The members a team lists unless asked for more or fewer. */
    static final int DEFAULT_MEMBERS = 20;

    /** @param members how many members to list (their count is always given) */
    public record Input(String team, Integer members) {
    }

    /**
     * @param parents  the groups this one is a child of
     * @param children the groups under this one
     * @param owns     what the group owns directly, per kind
     */
    public record Output(EntityView team, String description, List<EntityView> parents, EntitySlice children,
                         EntitySlice members, List<KindCounts> owns, String note) implements ToolOutput {
        @Override
        public String render() {
            return TextRendering.entity(team) + (description == null ? "" : " — " + description)
                    + "\nparent: " + TextRendering.refs(parents, parents.size())
                    + "\nchildren: " + children.render()
                    + "\nmembers (" + members.total() + "): " + members.render()
                    + "\nowns: " + KindCounts.render(owns)
                    + (note == null ? "" : "\n" + note);
        }
    }

    private static final Set<RelationType> FOLLOWED = Set.of(RelationType.CHILD_OF, RelationType.MEMBER_OF,
            RelationType.OWNED_BY);

    private final ToolContext context;

    public GetTeamTool(ToolContext context) {
        super("get_team",
                "A group (team): profile, members, parent and child groups, and what it owns by kind.",
                object(required("team", string()),
                        optional("members", integer(0, context.maxItems(), "default " + DEFAULT_MEMBERS))),
                output(field("team", ENTITY), field("description", string()), field("parents", ENTITIES),
                        field("children", SLICE),
                        field("members", SLICE), field("owns", list(KIND_SLICE))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary team = context.resolver().resolve("team", input.team(), Kind.GROUP);
        int max = context.maxItems();
        RelationGroups groups = new RelationGroups(context.relationGroups().groups(team.ref(), FOLLOWED, max));
        int shown = input.members() == null ? Math.min(DEFAULT_MEMBERS, max) : input.members();
        EntitySlice members = groups.slice("hasMember", shown);
        EntitySlice children = groups.slice("parentOf", max);
        List<KindCounts> owns = groups.byKind("ownerOf");
        boolean ownsCut = children.truncated() || owns.stream().anyMatch(o -> o.total() > o.items().size());
        List<String> notes = new java.util.ArrayList<>();
        if (members.truncated()) {
            notes.add("Members cut at " + shown + "; pass members (up to " + max + ") for more.");
        }
        if (ownsCut) {
            notes.add("Lists cut at " + max + "; list_entities with owner=\"" + team.ref()
                    + "\" pages through what it owns.");
        }
        String note = notes.isEmpty() ? null : String.join(" ", notes);
        return new Output(EntityView.of(team), team.description(), EntityView.of(groups.entities("childOf")), children,
                members, owns, note);
    }
}
