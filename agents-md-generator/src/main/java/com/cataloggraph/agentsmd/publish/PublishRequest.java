package com.cataloggraph.agentsmd.publish;

import com.cataloggraph.agentsmd.checkout.Checkout;
import com.cataloggraph.agentsmd.draft.Draft;
import java.util.List;

/**
 * What to propose to one repository.
 *
 * @param checkout  the local checkout (its remote names the project on GitLab or GitHub)
 * @param fileName  the file to write, {@code AGENTS.md}
 * @param draft     the generated block; the publisher merges it into the file as the target branch has it
 * @param change    branch, title, description, commit message and labels
 * @param reviewers people to ask for review, in order; publishers may use fewer
 * @param team      the owning team's slug on the host for team review requests (GitHub), or null
 * @param nested    a monorepo's subproject files, proposed in the same commit; a hand-edited one is left alone
 */
public record PublishRequest(Checkout checkout, String fileName, Draft draft, ChangeRequest change,
                             List<Reviewer> reviewers, String team, List<FileDraft> nested) {

    public PublishRequest {
        reviewers = List.copyOf(reviewers);
        nested = nested == null ? List.of() : List.copyOf(nested);
    }

    /** A proposal of the root file alone. */
    public PublishRequest(Checkout checkout, String fileName, Draft draft, ChangeRequest change,
                          List<Reviewer> reviewers, String team) {
        this(checkout, fileName, draft, change, reviewers, team, List.of());
    }

    /** Every file to write, the root one first. */
    public List<FileDraft> files() {
        List<FileDraft> files = new java.util.ArrayList<>();
        files.add(new FileDraft(fileName, draft));
        files.addAll(nested);
        return files;
    }
}
