package com.cataloggraph.mcp.entity;

import com.cataloggraph.mcp.tool.ToolCallException;
import com.cataloggraph.model.history.CatalogChange;
import com.cataloggraph.model.history.ChangeFilter;
import com.cataloggraph.model.history.HistoryQueries;
import com.cataloggraph.model.history.OwnerOnDate;
import com.cataloggraph.model.history.PointInTime;
import com.cataloggraph.model.vocabulary.RelationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code get_entity}'s {@code since} and {@code asOf} add: the entity's recorded changes (its own and
 * relations others started or stopped declaring with it), and who owned it at a time.
 */
public final class EntityHistory {

    /** Changes listed at most; the note says when there are more. */
    static final int MAX_CHANGES = 20;

    /**
     * One recorded change.
     *
     * @param fields     each changed field with its value before and after
     * @param started    relations started being declared, {@code dependsOn resource:default/db @file:line}
     * @param stopped    relations no longer declared
     */
    public record Change(String at, String run, String entity, String change, Map<String, List<String>> fields,
                  List<String> started, List<String> stopped, String file, String commit) {

        static Change of(CatalogChange change) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            change.fields().forEach((field, values) -> fields.put(field, java.util.Arrays.asList(values.before(),
                    values.after())));
            return new Change(change.at(), change.run(), change.ref(), change.change(), fields.isEmpty() ? null : fields,
                    relations(change.declared()), relations(change.undeclared()), change.file(), change.commit());
        }

        String render() {
            List<String> parts = new ArrayList<>();
            if (fields != null) {
                fields.forEach((field, values) -> parts.add(field + " " + values.get(0) + " → " + values.get(1)));
            }
            if (started != null) {
                started.forEach(relation -> parts.add("+" + relation));
            }
            if (stopped != null) {
                stopped.forEach(relation -> parts.add("-" + relation));
            }
            return at + " run " + run + ": " + entity + " " + change
                    + (commit == null ? "" : " (commit " + commit.substring(0, Math.min(12, commit.length())) + ")")
                    + (parts.isEmpty() ? "" : "; " + String.join("; ", parts));
        }

        private static List<String> relations(List<CatalogChange.RelationChange> relations) {
            if (relations.isEmpty()) {
                return null;
            }
            return relations.stream().map(r -> RelationType.ofNeo4jType(r.type()).map(RelationType::forwardName)
                    .orElse(r.type()) + " " + r.source() + " → " + r.target()
                    + (r.site() == null ? "" : " @" + r.site().citation())).toList();
        }
    }

    /**
     * The owner at a time.
     *
     * @param known false when the history does not reach back to that time
     * @param basis the run and time of the change the answer rests on, or null
     */
    public record OwnerAsOf(String at, String owner, boolean existed, boolean known, String basis) {

        static OwnerAsOf of(OwnerOnDate answer) {
            CatalogChange basis = answer.basis();
            return new OwnerAsOf(answer.at(), answer.owner(), answer.existed(), answer.known(), basis == null ? null
                    : basis.change() + " in run " + basis.run() + " at " + basis.at());
        }

        String render() {
            String head = "as of " + at + ": ";
            String fact = !existed ? "not in the catalog" : owner == null ? "no owner" : "owned by " + owner;
            return head + fact + (basis == null ? " (no change recorded since; current owner)" : " (after: " + basis + ")")
                    + (known ? "" : "; the history does not reach back that far, so this is not certain");
        }
    }

    private final HistoryQueries queries;

    EntityHistory(HistoryQueries queries) {
        this.queries = queries;
    }

    /** The entity's changes since the time, newest first, at most {@link #MAX_CHANGES}+1 (one more says "more"). */
    List<Change> since(String ref, String since, Instant now) {
        return changes(ChangeFilter.since(time("since", since, now)).around(ref), MAX_CHANGES + 1);
    }

    /** Changes the filter's time, owner and kind match, newest first, at most {@code limit}. */
    List<Change> changes(ChangeFilter filter, int limit) {
        return queries.changes(filter, limit).stream().map(Change::of).toList();
    }

    /** A time as an agent writes it ({@link PointInTime}), or a readable error naming the argument. */
    static Instant time(String argument, String text, Instant now) {
        try {
            return PointInTime.parse(text, now);
        } catch (IllegalArgumentException e) {
            throw new ToolCallException("Invalid " + argument + ": " + e.getMessage() + ".");
        }
    }

    OwnerAsOf ownerAsOf(String ref, String asOf, Instant now) {
        return OwnerAsOf.of(queries.ownerOn(ref, time("asOf", asOf, now)));
    }

}
