package com.cataloggraph.mcp.entity;

import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.bool;
import static com.cataloggraph.mcp.tool.Schemas.nested;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.EntityView;
import com.cataloggraph.mcp.tool.FileIssue;
import com.cataloggraph.mcp.tool.RelationLines;
import com.cataloggraph.mcp.tool.RelationLines.Related;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.EntitySource;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.RelationGroup;
import com.cataloggraph.model.query.StoredEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entity, found by ref or loose name, with its fields and direct relations, each cited where it is
 * written; why the catalog cannot answer well about it, when it cannot; with {@code since}, what changed
 * about it, and with {@code asOf}, who owned it then.
 */
public final class GetEntityTool extends CatalogTool<GetEntityTool.Input> {

    /**
     * @param since list its recorded changes since this time (ISO date or time, or an age such as 30d)
     * @param asOf  say who owned it at this time
     */
    public record Input(String entity, String since, String asOf) {
    }

    /**
     * What the descriptor said and where it came from; empty collections are left out. {@code lines} is the
     * span of its document in {@code sourceFile} ({@code 1-32}), {@code readAt} when this version of it was
     * read (the answer is as of then), {@code commit} the commit it was read at, {@code url} its page there.
     */
    public record Details(String ref, String kind, String title, String description, String type, String lifecycle,
                          List<String> tags, Map<String, String> labels, Map<String, String> annotations,
                          List<Map<String, Object>> links, String email, String repository, String repositoryUrl,
                          String sourceFile, Boolean missing, Boolean orphan, String lines, String commit,
                          String readAt, String url) {

        static Details of(StoredEntity stored) {
            EntitySummary s = stored.summary();
            EntitySource source = stored.source();
            return new Details(s.ref(), s.kind(), s.title() != null ? s.title() : s.displayName(), s.description(),
                    s.type(), s.lifecycle(), emptyToNull(stored.tags()), emptyToNull(stored.labels()),
                    emptyToNull(stored.annotations()), emptyToNull(stored.links()), s.email(), stored.repository(),
                    stored.repositoryUrl(), stored.sourceFile(), s.missing() ? Boolean.TRUE : null,
                    s.orphan() ? Boolean.TRUE : null,
                    source == null || source.line() == null ? null : source.span().substring(source.file().length() + 1),
                    source == null ? null : source.commit(), source == null ? null : seconds(source.readAt()),
                    source == null ? null : source.urlAt(source.line()));
        }
    }

    /**
     * @param problems    failed or partial descriptor files of the entity's repository, from the last ingest
     * @param explanation why the catalog cannot answer well about it (placeholder, rejected, orphan, conflict),
     *                    each sentence citing {@code file:line}; absent when there is nothing to explain
     * @param history     with {@code since}: its recorded changes, newest first
     * @param ownerAsOf   with {@code asOf}: who owned it then
     * @param relationsCut for a hub whose relations an answer cannot hold: each relation and kind not listed
     *                     whole, with its total and how many are listed (at most {@link RelationLines#PER_GROUP})
     */
    public record Output(Details entity, List<Related> relations, List<FileIssue> problems, String note,
                         List<String> explanation, List<EntityHistory.Change> history,
                         EntityHistory.OwnerAsOf ownerAsOf, List<RelationLines.Cut> relationsCut)
            implements ToolOutput {
        @Override
        public String render() {
            List<String> lines = new ArrayList<>();
            String head = TextRendering.entity(new EntityView(entity.ref(), entity.title(),
                    entity.type(), entity.lifecycle(), entity.email(), entity.missing()));
            lines.add(entity.description() == null ? head : head + " — " + entity.description());
            if (Boolean.TRUE.equals(entity.missing()) && explanation == null) {
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
                        + (entity.sourceFile() == null ? "" : " " + entity.sourceFile())
                        + (entity.lines() == null ? "" : ":" + entity.lines())
                        + (entity.commit() == null ? "" : " @" + entity.commit().substring(0,
                                Math.min(12, entity.commit().length()))));
            }
            if (explanation != null) {
                lines.addAll(explanation);
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
            lines.add(relations.isEmpty() ? "relations: none" : RelationLines.render(relations, entity.sourceFile()));
            if (ownerAsOf != null) {
                lines.add(ownerAsOf.render());
            }
            if (history != null) {
                lines.add(history.isEmpty() ? "no change recorded in that period" : "changes, newest first:");
                history.forEach(change -> lines.add("- " + change.render()));
            }
            if (note != null) {
                lines.add(note);
            }
            return String.join("\n", lines) + (problems == null ? "" : FileIssue.render(problems));
        }
    }

    private final ToolContext context;
    private final Clock clock;

    public GetEntityTool(ToolContext context) {
        this(context, Clock.systemUTC());
    }

    GetEntityTool(ToolContext context, Clock clock) {
        super("get_entity",
                "One entity by ref, name or title: fields, direct relations, and ingest problems of its "
                        + "repository's descriptors. since: its changes since then; asOf: its owner then.",
                object(required("entity", string()), optional("since", string("ISO time or age (30d)")),
                        optional("asOf", string("ISO time"))),
                output(field("entity", nested(field("ref", string()), field("kind", string()),
                                field("title", string()), field("description", string()),
                                field("type", string()), field("lifecycle", string()),
                                field("tags", list(string())), field("repository", string()))),
                        field("relations", list(nested(field("relation", string()), field("ref", string()),
                                field("missing", bool())))),
                        field("problems", list(FileIssue.SCHEMA)), field("explanation", list(string()))),
                Input.class);
        this.context = context;
        this.clock = clock;
    }

    @Override
    protected ToolOutput answer(Input input) {
        StoredEntity stored = context.resolver().resolveWhole("entity", input.entity());
        EntitySummary match = stored.summary();
        int max = context.maxItems();
        List<RelationGroup> groups = context.relationGroups().groups(match.ref(), Set.of(),
                RelationLines.perGroup(max));
        List<Related> relations = RelationLines.flatten(groups, max, stored.sourceFile());
        List<RelationLines.Cut> cuts = RelationLines.cuts(groups, max);
        List<String> notes = new ArrayList<>();
        if (!cuts.isEmpty()) {
            notes.add("Showing " + relations.size() + " of " + RelationLines.total(groups) + " relations, at most "
                    + RelationLines.perGroup(max) + " per relation and kind: "
                    + String.join(", ", cuts.stream().map(RelationLines.Cut::render).toList())
                    + "; get_team, get_system, get_api, list_entities (owner/system filters) or query_graph list "
                    + "the rest.");
        }
        Instant now = clock.instant();
        EntityHistory entityHistory = new EntityHistory(context.history());
        List<String> explanation = context.explanations().explain(match.ref()).filter(e -> !e.isEmpty())
                .map(e -> e.sentences(now)).orElse(null);
        List<EntityHistory.Change> history = input.since() == null ? null
                : entityHistory.since(match.ref(), input.since(), now);
        if (history != null && history.size() > EntityHistory.MAX_CHANGES) {
            history = history.subList(0, EntityHistory.MAX_CHANGES);
            notes.add("Showing the latest " + EntityHistory.MAX_CHANGES + " changes; a later since shows fewer.");
        }
        EntityHistory.OwnerAsOf ownerAsOf = input.asOf() == null ? null
                : entityHistory.ownerAsOf(match.ref(), input.asOf(), now);
        List<FileIssue> problems = stored.repository() == null ? List.of()
                : FileIssue.of(context.problems().ofRepositories(List.of(stored.repository()), context.maxItems()));
        return new Output(Details.of(stored), relations, problems.isEmpty() ? null : problems,
                notes.isEmpty() ? null : String.join(" ", notes), explanation, history, ownerAsOf,
                cuts.isEmpty() ? null : cuts);
    }

    /** An ISO-8601 instant to the second: when a version was read needs no more. */
    private static String seconds(String instant) {
        try {
            return instant == null ? null : Instant.parse(instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                    .toString();
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    private static <T extends java.util.Collection<?>> T emptyToNull(T values) {
        return values == null || values.isEmpty() ? null : values;
    }

    private static <K, V> Map<K, V> emptyToNull(Map<K, V> values) {
        return values == null || values.isEmpty() ? null : values;
    }
}
