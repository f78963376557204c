package com.cataloggraph.model.query;

import java.util.List;

/**
 * An owner resolved to people.
 *
 * @param owner       the owning group or user
 * @param members     for a group, its members (at most {@link OwnershipQueries#MEMBER_LIMIT}), by ref
 * @param memberCount for a group, how many members it has in all
 * @param parents     for a group, its parent, grandparent, ... nearest first
 * @param groups      for a user, the groups the user belongs to
 * @param declarations who declared the ownership (the owned entity's {@code spec.owner}) and where
 */
public record OwnerInfo(EntitySummary owner, List<EntitySummary> members, long memberCount,
                        List<EntitySummary> parents, List<EntitySummary> groups, List<Declaration> declarations) {

    /** An owner whose declaration was not read. */
    public OwnerInfo(EntitySummary owner, List<EntitySummary> members, long memberCount, List<EntitySummary> parents,
                     List<EntitySummary> groups) {
        this(owner, members, memberCount, parents, groups, List.of());
    }
}
