package com.cataloggraph.ingest.validate;

import static com.cataloggraph.ingest.validate.FieldType.DEFINITION;
import static com.cataloggraph.ingest.validate.FieldType.LIST;
import static com.cataloggraph.ingest.validate.FieldType.OBJECT;
import static com.cataloggraph.ingest.validate.FieldType.OBJECT_OR_LIST;
import static com.cataloggraph.ingest.validate.FieldType.PRESENCE;
import static com.cataloggraph.ingest.validate.FieldType.PROFILE;
import static com.cataloggraph.ingest.validate.FieldType.STRING;
import static com.cataloggraph.ingest.validate.FieldType.STRING_LIST;
import static com.cataloggraph.ingest.validate.SpecField.optional;
import static com.cataloggraph.ingest.validate.SpecField.required;

import com.cataloggraph.model.vocabulary.Kind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backstage's kind schemas ({@code packages/catalog-model/src/schema/kinds}) as data: which
 * apiVersions a kind accepts and the shape of its spec. Spec fields not listed are allowed, as in
 * Backstage. Kinds not listed here (AiResource, Environment, ...) are stored generically.
 */
final class KindSchemas {

    /** A kind's schema. */
    record KindSchema(Set<String> apiVersions, List<SpecField> spec) {
    }

    private static final Set<String> BACKSTAGE = Set.of("backstage.io/v1alpha1", "backstage.io/v1beta1");

    private static final Map<Kind, KindSchema> SCHEMAS = new EnumMap<>(Kind.class);

    static {
        SCHEMAS.put(Kind.COMPONENT, new KindSchema(BACKSTAGE, List.of(
                required("type", STRING), required("lifecycle", STRING), required("owner", STRING),
                optional("system", STRING), optional("subcomponentOf", STRING),
                optional("providesApis", STRING_LIST), optional("consumesApis", STRING_LIST),
                optional("dependsOn", STRING_LIST), optional("dependencyOf", STRING_LIST))));
        SCHEMAS.put(Kind.API, new KindSchema(BACKSTAGE, List.of(
                required("type", STRING), required("lifecycle", STRING), required("owner", STRING),
                required("definition", DEFINITION), optional("system", STRING))));
        SCHEMAS.put(Kind.RESOURCE, new KindSchema(BACKSTAGE, List.of(
                required("type", STRING), required("owner", STRING), optional("system", STRING),
                optional("dependsOn", STRING_LIST), optional("dependencyOf", STRING_LIST))));
        SCHEMAS.put(Kind.SYSTEM, new KindSchema(BACKSTAGE, List.of(
                required("owner", STRING), optional("domain", STRING), optional("type", STRING))));
        SCHEMAS.put(Kind.DOMAIN, new KindSchema(BACKSTAGE, List.of(
                required("owner", STRING), optional("subdomainOf", STRING), optional("type", STRING))));
        SCHEMAS.put(Kind.GROUP, new KindSchema(BACKSTAGE, List.of(
                required("type", STRING), required("children", STRING_LIST), optional("parent", STRING),
                optional("members", STRING_LIST), optional("profile", PROFILE))));
        SCHEMAS.put(Kind.USER, new KindSchema(BACKSTAGE, List.of(
                required("memberOf", STRING_LIST), optional("profile", PROFILE))));
        SCHEMAS.put(Kind.LOCATION, new KindSchema(BACKSTAGE, List.of(
                optional("type", STRING), optional("target", STRING), optional("targets", STRING_LIST),
                optional("presence", PRESENCE))));
        SCHEMAS.put(Kind.TEMPLATE, new KindSchema(Set.of("scaffolder.backstage.io/v1beta3"), List.of(
                required("type", STRING), required("steps", LIST), optional("owner", STRING),
                optional("parameters", OBJECT_OR_LIST), optional("output", OBJECT))));
    }

    private KindSchemas() {
    }

    /** The schema of a built-in kind; every built-in kind has one and requires a spec. */
    static KindSchema of(Kind kind) {
        return SCHEMAS.get(kind);
    }
}
