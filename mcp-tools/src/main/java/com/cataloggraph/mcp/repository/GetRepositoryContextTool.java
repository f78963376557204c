package com.cataloggraph.mcp.repository;

import static com.cataloggraph.mcp.tool.Schemas.ENTITIES;
import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.FileIssue;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolCallException;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import com.cataloggraph.model.query.RepositoryLocator;
import com.cataloggraph.model.query.RepositoryMatch;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything the catalog knows about one repository, for an agent working in it. */
public final class GetRepositoryContextTool extends CatalogTool<GetRepositoryContextTool.Input> {

    private static final Set<RelationType> FOLLOWED = Set.of(RelationType.OWNED_BY, RelationType.PART_OF,
            RelationType.PROVIDES_API, RelationType.CONSUMES_API, RelationType.DEPENDS_ON);

    public record Input(String repository) {
    }

    /** The repository as the catalog stores it. */
    public record Repository(String name, String url) {
    }

    /**
     * @param entities     the entities its descriptors define
     * @param owners       who owns them, with contact emails
     * @param systems      the systems they are part of
     * @param dependsOn    what they depend on outside the repository
     * @param dependents   what depends on them, or consumes the APIs they provide, outside the repository
     * @param problems     its descriptor files the last ingest could not use, or used in part
     */
    public record Output(Repository repository, List<EntityView> entities, List<EntityView> owners,
                         List<EntityView> systems, List<EntityView> providesApis, List<EntityView> consumesApis,
                         List<EntityView> dependsOn, List<EntityView> dependents, List<FileIssue> problems,
                         String note) implements ToolOutput {
        @Override
        public String render() {
            return "repository " + repository.name() + (repository.url() == null ? "" : " (" + repository.url() + ")")
                    + ": " + entities.size() + " entities\n"
                    + entities.stream().map(e -> "- " + TextRendering.entity(e)).collect(Collectors.joining("\n"))
                    + "\nowners: " + TextRendering.entities(owners, owners.size())
                    + "\nsystems: " + TextRendering.refs(systems, systems.size())
                    + "\nprovides APIs: " + TextRendering.refs(providesApis, providesApis.size())
                    + "\nconsumes APIs: " + TextRendering.refs(consumesApis, consumesApis.size())
                    + "\ndepends on: " + TextRendering.refs(dependsOn, dependsOn.size())
                    + "\ndependents: " + TextRendering.refs(dependents, dependents.size())
                    + (problems == null ? "" : FileIssue.render(problems))
                    + (note == null ? "" : "\n" + note);
        }
    }

    private final ToolContext context;

    public GetRepositoryContextTool(ToolContext context) {
        super("get_repository_context",
                "A repository by URL, group/repo slug or folder name: its entities, owners, systems, APIs, "
                        + "dependencies, dependents, and descriptors the last ingest failed on.",
                object(required("repository", string())),
                output(field("repository", nested(field("name", string()), field("url", string()))),
                        field("entities", ENTITIES),
                        field("owners", ENTITIES), field("systems", ENTITIES),
                        field("providesApis", ENTITIES), field("consumesApis", ENTITIES),
                        field("dependsOn", ENTITIES), field("dependents", ENTITIES),
                        field("problems", list(FileIssue.SCHEMA))),
                Input.class);
        this.context = context;
    }

    @Override
    protected ToolOutput answer(Input input) {
        RepositoryMatch match = find(input.repository());
        int max = context.maxItems();
        List<EntitySummary> entities = match.entities();
        Set<String> own = entities.stream().map(EntitySummary::ref).collect(Collectors.toSet());
        Map<String, List<RelationGroup>> groups = context.relationGroups().groupsOf(own, FOLLOWED, max);
        Related related = new Related(own, max);
        groups.values().forEach(list -> list.forEach(related::add));
        List<FileIssue> problems = FileIssue.of(context.problems().ofRepositories(List.of(match.repository()), max));
        String note = entities.size() > max || related.cut
                ? "Lists cut at " + max + "; list_entities, get_dependencies or get_dependents on one entity give more."
                : null;
        return new Output(new Repository(match.repository(), match.repositoryUrl()),
                EntityView.of(entities.stream().limit(max).toList()), related.list("ownedBy"),
                related.list("partOf").stream().filter(e -> e.ref().startsWith("system:")).toList(), related.list("providesApi"), related.list("consumesApi"),
                related.list("dependsOn"), related.dependents(), problems.isEmpty() ? null : problems, note);
    }

    private RepositoryMatch find(String text) {
        RepositoryLocator locator;
        try {
            locator = RepositoryLocator.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ToolCallException(e.getMessage());
        }
        List<RepositoryMatch> matches = context.graph().repositories().find(locator);
        if (matches.isEmpty()) {
            throw new ToolCallException("No catalog entity comes from a repository matching \"" + text + "\" (tried it "
                    + "as URL, group/repo slug and folder name " + locator.name() + "). Check the name, or find the "
                    + "service with search_entities.");
        }
        if (matches.size() > 1) {
            throw new ToolCallException("\"" + text + "\" matches " + matches.size() + " repositories: "
                    + matches.stream().map(m -> m.repositoryUrl() != null ? m.repositoryUrl() : m.repository())
                    .collect(Collectors.joining(", ")) + ". Call again with one of these.");
        }
        return matches.getFirst();
    }

    /** Related entities outside the repository, by relation, each once, in the order met. */
    private static final class Related {
        private final Set<String> own;
        private final int max;
        private final Map<String, Map<String, EntitySummary>> byRelation = new LinkedHashMap<>();
        private boolean cut;

        Related(Set<String> own, int max) {
            this.own = own;
            this.max = max;
        }

        void add(RelationGroup group) {
            cut |= group.truncated();
            Map<String, EntitySummary> entities = byRelation.computeIfAbsent(group.relation(),
                    key -> new LinkedHashMap<>());
            for (EntitySummary entity : group.entities()) {
                boolean selfReference = own.contains(entity.ref()) && !group.relation().equals("providesApi");
                if (!selfReference) {
                    entities.putIfAbsent(entity.ref(), entity);
                }
            }
        }

        List<EntityView> list(String relation) {
            return limit(new ArrayList<>(byRelation.getOrDefault(relation, Map.of()).values()));
        }

        /** Those that depend on the repository's entities, and the consumers of its APIs. */
        List<EntityView> dependents() {
            List<EntitySummary> all = new ArrayList<>(byRelation.getOrDefault("dependencyOf", Map.of()).values());
            byRelation.getOrDefault("apiConsumedBy", Map.of()).values().stream()
                    .filter(e -> all.stream().noneMatch(d -> d.ref().equals(e.ref()))).forEach(all::add);
            return limit(all);
        }

        private List<EntityView> limit(List<EntitySummary> entities) {
            cut |= entities.size() > max;
            return EntityView.of(entities.stream().limit(max).toList());
        }
    }
}
