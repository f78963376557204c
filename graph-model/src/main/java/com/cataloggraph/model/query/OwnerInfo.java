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
 */
public record OwnerInfo(EntitySummary owner, List<EntitySummary> members, long memberCount,
                        List<EntitySummary> parents, List<EntitySummary> groups) {
}
