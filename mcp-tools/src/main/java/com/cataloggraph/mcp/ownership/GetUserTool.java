package com.cataloggraph.mcp.ownership;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.ENTITY;
import static com.cataloggraph.mcp.tool.Schemas.KIND_SLICE;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.KindCounts;
import com.cataloggraph.mcp.tool.RelationGroups;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person: their groups and what they own, themselves and through their groups. */
public final class GetUserTool extends CatalogTool<GetUserTool.Input> {

    /** How many entities per group and kind the "through groups" part lists. */
    private static final int PER_GROUP = 10;

    public record Input(String user) {
    }

    /** What one of the user's groups owns. */
    public record GroupOwnership(String group, List<KindCounts> owns) {
    }

    public record Output(EntityView user, List<EntityView> groups, List<KindCounts> owns,
                         List<GroupOwnership> ownsThroughGroups, String note) implements ToolOutput {
        @Override
        public String render() {
            StringBuilder text = new StringBuilder(TextRendering.entity(user))
                    .append("\ngroups: ").append(TextRendering.entities(groups, groups.size()))
                    .append("\nowns directly: ").append(KindCounts.render(owns));
            for (GroupOwnership group : ownsThroughGroups) {
                text.append("\nowns through ").append(group.group()).append(": ").append(KindCounts.render(group.owns()));
            }
            return note == null ? text.toString() : text + "\n" + note;
        }
    }

    private final ToolContext context;

    public GetUserTool(ToolContext context) {
        super("get_user",
                "A user: profile, groups, and what they own directly and through their groups.",
                object(required("user", string())),
                output(field("user", ENTITY), field("groups", ENTITIES),
                        field("owns", list(KIND_SLICE)),
                        field("ownsThroughGroups", list(nested(field("group", string()),
                                field("owns", list(KIND_SLICE)))))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary user = context.resolver().resolve("user", input.user(), Kind.USER);
        RelationGroups own = new RelationGroups(context.relationGroups().groups(user.ref(),
                Set.of(RelationType.MEMBER_OF, RelationType.OWNED_BY), context.maxItems()));
        List<EntitySummary> groups = own.entities("memberOf");
        Map<String, List<RelationGroup>> byGroup = context.relationGroups().groupsOf(
                groups.stream().map(EntitySummary::ref).toList(), Set.of(RelationType.OWNED_BY), PER_GROUP);
        List<GroupOwnership> throughGroups = new ArrayList<>();
        boolean cut = false;
        for (EntitySummary group : groups) {
            List<KindCounts> owns = new RelationGroups(byGroup.getOrDefault(group.ref(), List.of())).byKind("ownerOf");
            cut |= owns.stream().anyMatch(o -> o.total() > o.items().size());
            throughGroups.add(new GroupOwnership(group.ref(), owns));
        }
        String note = cut ? "Group lists cut at " + PER_GROUP + " per kind; get_team or list_entities with owner=<group> "
                + "lists the rest." : null;
        return new Output(EntityView.of(user), EntityView.of(groups), own.byKind("ownerOf"), throughGroups, note);
    }
}
