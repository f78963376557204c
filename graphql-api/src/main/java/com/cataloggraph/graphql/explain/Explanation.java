package com.cataloggraph.graphql.explain;

import com.cataloggraph.graphql.entity.Source;
import java.time.Instant;
import java.util.List;

/** The schema's {@code Explanation} and its parts, made from graph-model's. */
public record Explanation(List<String> summary, List<Referrer> referencedBy, long references, Rejection rejected,
                          Orphaning orphaned, List<Source> alsoClaimedBy) {

    public record Referrer(String entity, String relation, Source source) {
    }

    public record Rejection(String file, String status, List<Problem> problems, String lastGoodAt) {
    }

    public record Problem(String rule, Source source, String message) {
    }

    public record Orphaning(String since, String run, String file) {
    }

    /** Null when there is nothing to explain. */
    static Explanation of(com.cataloggraph.model.explain.Explanation explanation, Instant now) {
        if (explanation == null || explanation.isEmpty()) {
            return null;
        }
        var rejected = explanation.rejected();
        var orphaned = explanation.orphaned();
        return new Explanation(explanation.sentences(now),
                explanation.referencedBy().stream().map(r -> new Referrer(r.ref(), r.relation(), r.site() == null
                        ? null : Source.at(r.site().file(), r.site().line(), r.site().field()))).toList(),
                explanation.references(),
                rejected == null ? null : new Rejection(rejected.file(), rejected.status(), rejected.problems().stream()
                        .map(p -> new Problem(p.rule(), Source.at(p.file(), p.line(), p.field()), p.message()))
                        .toList(), rejected.lastGoodAt()),
                orphaned == null ? null : new Orphaning(orphaned.since(), orphaned.run(), orphaned.file()),
                explanation.alsoClaimedBy().stream().map(c -> Source.at(c.file(), c.line(), "metadata.name")).toList());
    }
}
