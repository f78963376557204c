package com.cataloggraph.mcp.system;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.ENTITY;
import static com.cataloggraph.mcp.tool.Schemas.KIND_SLICE;
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
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.Set;

/** A system: where it sits, who owns it, and what it is made of. */
public final class GetSystemTool extends CatalogTool<GetSystemTool.Input> {

    public record Input(String system) {
    }

    /** @param parts the system's components, APIs and resources, per kind */
    public record Output(EntityView system, String description, List<EntityView> domain, List<EntityView> owners,
                         List<KindCounts> parts, String note) implements ToolOutput {
        @Override
        public String render() {
            return TextRendering.entity(system) + (description == null ? "" : " — " + description)
                    + "\ndomain: " + TextRendering.refs(domain, domain.size())
                    + "\nowner: " + TextRendering.entities(owners, owners.size())
                    + "\nparts: " + KindCounts.render(parts)
                    + (note == null ? "" : "\n" + note);
        }
    }

    private final ToolContext context;

    public GetSystemTool(ToolContext context) {
        super("get_system",
                "A system: its domain, owner, and the components, APIs and resources that are part of it.",
                object(required("system", string())),
                output(field("system", ENTITY), field("description", string()), field("domain", ENTITIES),
                        field("owners", ENTITIES),
                        field("parts", list(KIND_SLICE))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary system = context.resolver().resolve("system", input.system(), Kind.SYSTEM);
        int max = context.maxItems();
        RelationGroups groups = new RelationGroups(context.relationGroups().groups(system.ref(),
                Set.of(RelationType.PART_OF, RelationType.OWNED_BY), max));
        List<KindCounts> parts = groups.byKind("hasPart");
        String note = parts.stream().anyMatch(p -> p.total() > p.items().size())
                ? "Parts cut at " + max + " per kind; list_entities with system=\"" + system.ref() + "\" pages through all."
                : null;
        return new Output(EntityView.of(system), system.description(), EntityView.of(groups.entities("partOf")),
                EntityView.of(groups.entities("ownedBy")), parts, note);
    }
}
