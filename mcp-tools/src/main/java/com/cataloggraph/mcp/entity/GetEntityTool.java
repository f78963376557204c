package com.cataloggraph.mcp.entity;

import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.bool;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.FileIssue;
import com.cataloggraph.mcp.tool.RelationLines;
import com.cataloggraph.mcp.tool.RelationLines.Related;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolCallException;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import com.cataloggraph.model.query.StoredEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One entity, found by ref or loose name, with its fields and direct relations. */
public final class GetEntityTool extends CatalogTool<GetEntityTool.Input> {

    public record Input(String entity) {
    }

    /** What the descriptor said and where it came from; empty collections are left out. */
    public record Details(String ref, String kind, String title, String description, String type, String lifecycle,
                          List<String> tags, Map<String, String> labels, Map<String, String> annotations,
                          List<Map<String, Object>> links, String email, String repository, String repositoryUrl,
                          String sourceFile, Boolean missing, Boolean orphan) {

        static Details of(StoredEntity stored) {
            EntitySummary s = stored.summary();
            return new Details(s.ref(), s.kind(), s.title() != null ? s.title() : s.displayName(), s.description(),
                    s.type(), s.lifecycle(), emptyToNull(stored.tags()), emptyToNull(stored.labels()),
                    emptyToNull(stored.annotations()), emptyToNull(stored.links()), s.email(), stored.repository(),
                    stored.repositoryUrl(), stored.sourceFile(), s.missing() ? Boolean.TRUE : null,
                    s.orphan() ? Boolean.TRUE : null);
        }
    }

    /** @param problems failed or partial descriptor files of the entity's repository, from the last ingest */
    public record Output(Details entity, List<Related> relations, List<FileIssue> problems, String note)
            implements ToolOutput {
        @Override
        public String render() {
            List<String> lines = new ArrayList<>();
            String head = TextRendering.entity(new EntityView(entity.ref(), entity.title(),
                    entity.type(), entity.lifecycle(), entity.email(), entity.missing()));
            lines.add(entity.description() == null ? head : head + " — " + entity.description());
            if (Boolean.TRUE.equals(entity.missing())) {
                lines.add("No descriptor defines it; it exists because relations point at it.");
            }
            if (Boolean.TRUE.equals(entity.orphan())) {
                lines.add("ORPHAN: the descriptor that defined it is gone.");
            }
            if (entity.tags() != null) {
                lines.add("tags: " + String.join(", ", entity.tags()));
            }
            if (entity.repository() != null || entity.sourceFile() != null) {
                lines.add("source: " + (entity.repositoryUrl() != null ? entity.repositoryUrl() : entity.repository())
                        + (entity.sourceFile() == null ? "" : " " + entity.sourceFile()));
            }
            if (entity.annotations() != null) {
                List<String> pairs = entity.annotations().entrySet().stream()
                        .map(e -> e.getKey() + "=" + TextRendering.shorten(e.getValue(), 100)).toList();
                lines.add("annotations: " + String.join(", ", pairs));
            }
            if (entity.links() != null) {
                lines.add("links: " + String.join(", ", entity.links().stream()
                        .map(l -> (l.get("title") == null ? "" : l.get("title") + " ") + l.get("url")).toList()));
            }
            lines.add(relations.isEmpty() ? "relations: none" : RelationLines.render(relations));
            if (note != null) {
                lines.add(note);
            }
            return String.join("\n", lines) + (problems == null ? "" : FileIssue.render(problems));
        }
    }

    private final ToolContext context;

    public GetEntityTool(ToolContext context) {
        super("get_entity",
                "One entity by ref, name or title: fields, direct relations, and ingest problems of its "
                        + "repository's descriptors.",
                object(required("entity", string())),
                output(field("entity", nested(field("ref", string()), field("kind", string()),
                                field("title", string()), field("description", string()),
                                field("type", string()), field("lifecycle", string()),
                                field("tags", list(string())), field("repository", string()))),
                        field("relations", list(nested(field("relation", string()), field("ref", string()),
                                field("missing", bool())))),
                        field("problems", list(FileIssue.SCHEMA))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        EntitySummary match = context.resolver().resolve("entity", input.entity());
        StoredEntity stored = context.graph().entities().find(match.ref()).orElseThrow(() ->
                new ToolCallException(match.ref() + " was removed from the catalog just now."));
        List<RelationGroup> groups = context.relationGroups().groups(match.ref(), Set.of(), context.maxItems());
        List<Related> relations = RelationLines.flatten(groups, context.maxItems());
        long total = RelationLines.total(groups);
        String note = total > relations.size()
                ? "Showing " + relations.size() + " of " + total + " relations; get_team, get_system, get_api, "
                  + "list_entities (owner/system filters) or query_graph list the rest."
                : null;
        List<FileIssue> problems = stored.repository() == null ? List.of()
                : FileIssue.of(context.problems().ofRepositories(List.of(stored.repository()), context.maxItems()));
        return new Output(Details.of(stored), relations, problems.isEmpty() ? null : problems, note);
    }

    private static <T extends java.util.Collection<?>> T emptyToNull(T values) {
        return values == null || values.isEmpty() ? null : values;
    }

    private static <K, V> Map<K, V> emptyToNull(Map<K, V> values) {
        return values == null || values.isEmpty() ? null : values;
    }
}
