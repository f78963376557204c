package com.cataloggraph.mcp.system;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.ENTITY;
import static com.cataloggraph.mcp.tool.Schemas.SLICE;
import static com.cataloggraph.mcp.tool.Schemas.integer;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.resource.EntityResource;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntitySlice;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.RelationGroups;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolCallException;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.StoredEntity;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.List;
import java.util.Set;

/** An API: what it is, who owns, provides and consumes it, and how its definition starts. */
public final class GetApiTool extends CatalogTool<GetApiTool.Input> {

    static final int EXCERPT_LINES = 30;
    static final int EXCERPT_CHARS = 1500;

    public record Input(String api) {
    }

    /**
     * The start of the API's definition.
     *
     * @param path    the file it was read from, when known
     * @param lines   how many lines the whole definition has
     * @param excerpt its first lines (at most {@value #EXCERPT_LINES} lines, {@value #EXCERPT_CHARS} characters)
     */
    public record Definition(String path, int lines, String excerpt) {

        static Definition of(StoredEntity api) {
            String text = api.definition();
            if (text == null) {
                return null;
            }
            String[] all = text.split("\n", -1);
            String excerpt = String.join("\n", java.util.Arrays.copyOf(all, Math.min(all.length, EXCERPT_LINES)));
            if (excerpt.length() > EXCERPT_CHARS) {
                excerpt = excerpt.substring(0, EXCERPT_CHARS);
            }
            return new Definition(api.definitionPath(), all.length, excerpt);
        }

        boolean cut() {
            return lines > excerpt.split("\n", -1).length || excerpt.length() == EXCERPT_CHARS;
        }
    }

    public record Output(EntityView api, String description, List<EntityView> owners, List<EntityView> systems,
                         EntitySlice providers, EntitySlice consumers, Definition definition, String note)
            implements ToolOutput {
        @Override
        public String render() {
            String text = TextRendering.entity(api) + (description == null ? "" : " — " + description)
                    + "\nowner: " + TextRendering.entities(owners, owners.size())
                    + "\nsystem: " + TextRendering.refs(systems, systems.size())
                    + "\nprovided by: " + providers.render()
                    + "\nconsumed by: " + consumers.render();
            if (definition != null) {
                text += "\ndefinition" + (definition.path() == null ? "" : " " + definition.path()) + " ("
                        + definition.lines() + (definition.lines() == 1 ? " line):\n" : " lines):\n")
                        + definition.excerpt();
            }
            return note == null ? text : text + "\n" + note;
        }
    }

    private final ToolContext context;

    public GetApiTool(ToolContext context) {
        super("get_api",
                "An API: type, lifecycle, owner, providers, consumers and the start of its definition.",
                object(required("api", string())),
                output(field("api", ENTITY), field("description", string()), field("owners", ENTITIES),
                        field("systems", ENTITIES), field("providers", SLICE), field("consumers", SLICE),
                        field("definition", nested(field("path", string()), field("lines", integer()),
                                field("excerpt", string())))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary api = context.resolver().resolve("api", input.api(), Kind.API);
        StoredEntity stored = context.graph().entities().find(api.ref())
                .orElseThrow(() -> new ToolCallException(api.ref() + " was removed from the catalog just now."));
        int max = context.maxItems();
        RelationGroups groups = new RelationGroups(context.relationGroups().groups(api.ref(),
                Set.of(RelationType.OWNED_BY, RelationType.PART_OF, RelationType.PROVIDES_API,
                        RelationType.CONSUMES_API), max));
        EntitySlice providers = groups.slice("apiProvidedBy", max);
        EntitySlice consumers = groups.slice("apiConsumedBy", max);
        Definition definition = Definition.of(stored);
        String note = null;
        if (definition != null && definition.cut()) {
            note = "Definition cut; read resource " + EntityResource.uriOf(api.ref()) + " for all of it.";
        }
        if (consumers.truncated() || providers.truncated()) {
            note = (note == null ? "" : note + " ") + "Consumers cut at " + max + "; get_dependents lists and pages them.";
        }
        return new Output(EntityView.of(api), api.description(), EntityView.of(groups.entities("ownedBy")),
                EntityView.of(groups.entities("partOf")), providers, consumers, definition, note);
    }
}
