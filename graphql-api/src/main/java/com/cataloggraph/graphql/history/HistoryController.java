package com.cataloggraph.graphql.history;

import com.cataloggraph.graphql.CatalogReads;
import com.cataloggraph.graphql.error.InvalidArgumentException;
import com.cataloggraph.graphql.query.RefResolver;
import com.cataloggraph.model.history.ChangeFilter;
import com.cataloggraph.model.history.PointInTime;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code changes}, {@code ownerOn} and {@code relationHistory}, answered from the recorded changes. */
@Controller
public class HistoryController {

    /** The schema's default for {@code changes(first)}. */
    static final int DEFAULT_CHANGES = 50;

    private final CatalogReads reads;
    private final RefResolver refs;
    private final Clock clock = Clock.systemUTC();

    public HistoryController(CatalogReads reads, RefResolver refs) {
        this.reads = reads;
        this.refs = refs;
    }

    @QueryMapping
    public List<Change> changes(@Argument String since, @Argument String until, @Argument String entity,
                                @Argument String owner, @Argument Integer first) {
        int limit = first == null ? DEFAULT_CHANGES : first;
        if (limit < 1) {
            throw new InvalidArgumentException("first", limit, "must be at least 1");
        }
        ChangeFilter filter = ChangeFilter.since(time("since", since))
                .until(until == null ? null : time("until", until)).around(canonicalOrNull("entity", entity))
                .ownedBy(canonicalOrNull("owner", owner, Kind.GROUP, Kind.USER));
        return reads.history().changes(filter, limit).stream().map(Change::of).toList();
    }

    @QueryMapping
    public OwnerOnDate ownerOn(@Argument String entity, @Argument String at) {
        return OwnerOnDate.of(reads.history().ownerOn(refs.require("entity", entity).ref(), time("at", at)));
    }

    @QueryMapping
    public RelationHistory relationHistory(@Argument String from, @Argument String relation, @Argument String to) {
        String name = relation == null ? RelationType.DEPENDS_ON.forwardName() : relation;
        RelationType type = RelationType.ofBackstageName(name).orElseThrow(() -> new InvalidArgumentException(
                "relation", name, "must be a Backstage relation name such as dependsOn, consumesApi or ownedBy"));
        EntitySummary start = refs.require("from", from);
        EntitySummary end = refs.require("to", to);
        boolean forward = type.forwardName().equalsIgnoreCase(name);
        var history = forward ? reads.history().relation(start.ref(), type, end.ref())
                : reads.history().relation(end.ref(), type, start.ref());
        return RelationHistory.of(start.ref(), forward ? type.forwardName() : type.inverseName(), end.ref(), history);
    }

    private Instant time(String argument, String text) {
        try {
            return PointInTime.parse(text, clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(argument, text, "must be " + PointInTime.FORMS);
        }
    }

    private String canonicalOrNull(String argument, String text, Kind... preferred) {
        return text == null || text.isBlank() ? null : refs.require(argument, text, preferred).ref();
    }
}
