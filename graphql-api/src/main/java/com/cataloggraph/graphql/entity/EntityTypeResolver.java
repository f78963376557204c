package com.cataloggraph.graphql.entity;

import com.cataloggraph.model.query.EntitySummary;
import com.cataloggraph.model.vocabulary.Kind;
import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.springframework.graphql.execution.ClassNameTypeResolver;

/**
 * Resolves {@code Entity}, {@code Owned}, {@code Owner} and {@code Dependency} to the type of the
 * entity's kind; other abstract types by their record's class name, as Spring does by default.
 */
public final class EntityTypeResolver implements TypeResolver {

    /** The GraphQL type of entities whose kind Backstage does not define. */
    public static final String GENERIC = "GenericEntity";

    private final TypeResolver byClassName = new ClassNameTypeResolver();

    @Override
    public GraphQLObjectType getType(TypeResolutionEnvironment env) {
        if (env.getObject() instanceof EntitySummary entity) {
            return env.getSchema().getObjectType(typeNameOf(entity.kind()));
        }
        return byClassName.getType(env);
    }

    /** Built-in kinds have a type named as Backstage spells the kind ({@code Component}, {@code API}, ...). */
    public static String typeNameOf(String kind) {
        return Kind.of(kind).map(Kind::displayName).orElse(GENERIC);
    }
}
