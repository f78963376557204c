package com.cataloggraph.agentsmd.catalog;

import com.cataloggraph.agentsmd.publish.Reviewer;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.query.OwnerInfo;
import com.cataloggraph.model.query.StoredEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who should review a proposal: members of the repository's first owning group (or the owning
 * user), with the annotations that map them to code-host accounts; and the group's GitHub team.
 */
public final class ReviewerReader {

    private final CatalogGraph graph;

    public ReviewerReader(CatalogGraph graph) {
        this.graph = graph;
    }

    /** Up to {@code max} people, in ref order. */
    public List<Reviewer> reviewers(CatalogContext context, int max) {
        List<Reviewer> reviewers = new ArrayList<>();
        if (context.owners().isEmpty() || max <= 0) {
            return reviewers;
        }
        OwnerInfo owner = context.owners().getFirst();
        List<EntitySummary> people = "user".equalsIgnoreCase(owner.owner().kind()) ? List.of(owner.owner())
                : owner.members();
        for (EntitySummary person : people) {
            if (reviewers.size() >= max) {
                break;
            }
            graph.entities().find(person.ref()).filter(user -> !user.summary().missing())
                    .ifPresent(user -> reviewers.add(new Reviewer(user.ref(), user.summary().name(), user.annotations())));
        }
        return reviewers;
    }

    /** The owning group's GitHub team slug, from {@code github.com/team-slug} ({@code org/team}), if set. */
    public Optional<String> githubTeam(CatalogContext context) {
        if (context.owners().isEmpty() || !"group".equalsIgnoreCase(context.owners().getFirst().owner().kind())) {
            return Optional.empty();
        }
        return graph.entities().find(context.owners().getFirst().owner().ref()).map(StoredEntity::annotations)
                .map(annotations -> annotations.get("github.com/team-slug")).filter(slug -> !slug.isBlank())
                .map(slug -> slug.substring(slug.lastIndexOf('/') + 1));
    }
}
