package com.cataloggraph.model.vocabulary;

import static com.cataloggraph.model.vocabulary.Kind.API;
import static com.cataloggraph.model.vocabulary.Kind.COMPONENT;
import static com.cataloggraph.model.vocabulary.Kind.DOMAIN;
import static com.cataloggraph.model.vocabulary.Kind.GROUP;
import static com.cataloggraph.model.vocabulary.Kind.RESOURCE;
import static com.cataloggraph.model.vocabulary.Kind.SYSTEM;
import static com.cataloggraph.model.vocabulary.Kind.TEMPLATE;
import static com.cataloggraph.model.vocabulary.Kind.USER;
import static com.cataloggraph.model.vocabulary.RelationType.CHILD_OF;
import static com.cataloggraph.model.vocabulary.RelationType.CONSUMES_API;
import static com.cataloggraph.model.vocabulary.RelationType.DEPENDS_ON;
import static com.cataloggraph.model.vocabulary.RelationType.MEMBER_OF;
import static com.cataloggraph.model.vocabulary.RelationType.OWNED_BY;
import static com.cataloggraph.model.vocabulary.RelationType.PART_OF;
import static com.cataloggraph.model.vocabulary.RelationType.PROVIDES_API;

import java.util.List;

/**
 * Backstage's relation table ({@code BuiltinKindsEntityProcessor}) as data: which spec field of
 * which kind yields which relation. Derivation walks this table; nothing else names a relation.
 */
public final class RelationRules {

    public static final List<RelationRule> ALL = List.of(
            single(COMPONENT, "owner", GROUP, OWNED_BY),
            single(API, "owner", GROUP, OWNED_BY),
            single(RESOURCE, "owner", GROUP, OWNED_BY),
            single(SYSTEM, "owner", GROUP, OWNED_BY),
            single(DOMAIN, "owner", GROUP, OWNED_BY),
            single(TEMPLATE, "owner", GROUP, OWNED_BY),
            single(COMPONENT, "system", SYSTEM, PART_OF),
            single(API, "system", SYSTEM, PART_OF),
            single(RESOURCE, "system", SYSTEM, PART_OF),
            single(COMPONENT, "subcomponentOf", COMPONENT, PART_OF),
            list(COMPONENT, "providesApis", API, PROVIDES_API, false),
            list(COMPONENT, "consumesApis", API, CONSUMES_API, false),
            list(COMPONENT, "dependsOn", null, DEPENDS_ON, false),
            list(RESOURCE, "dependsOn", null, DEPENDS_ON, false),
            list(COMPONENT, "dependencyOf", null, DEPENDS_ON, true),
            list(RESOURCE, "dependencyOf", null, DEPENDS_ON, true),
            single(SYSTEM, "domain", DOMAIN, PART_OF),
            single(DOMAIN, "subdomainOf", DOMAIN, PART_OF),
            list(USER, "memberOf", GROUP, MEMBER_OF, false),
            single(GROUP, "parent", GROUP, CHILD_OF),
            list(GROUP, "children", GROUP, CHILD_OF, true),
            list(GROUP, "members", USER, MEMBER_OF, true));

    private RelationRules() {
    }

    /** The rules for one kind, in table order. */
    public static List<RelationRule> forKind(Kind kind) {
        return ALL.stream().filter(rule -> rule.kind() == kind).toList();
    }

    private static RelationRule single(Kind kind, String field, Kind defaultKind, RelationType type) {
        return new RelationRule(kind, field, defaultKind, type, false, false);
    }

    private static RelationRule list(Kind kind, String field, Kind defaultKind, RelationType type, boolean reversed) {
        return new RelationRule(kind, field, defaultKind, type, reversed, true);
    }
}
