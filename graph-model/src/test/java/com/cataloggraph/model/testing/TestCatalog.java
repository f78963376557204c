package com.cataloggraph.model.testing;

import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.DeclarationSite;
import com.cataloggraph.model.entity.EntityLink;
import com.cataloggraph.model.entity.Provenance;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.store.CatalogWriter;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small graphs by hand for tests: entities and the relations they declare, written
 * through the real write path.
 *
 * <pre>{@code
 * TestCatalog catalog = new TestCatalog();
 * catalog.add("component:default/payments").type("service").relate(OWNED_BY, "group:default/team-a");
 * catalog.writeTo(writer);
 * }</pre>
 */
public final class TestCatalog {

    private final List<EntityBuilder> builders = new ArrayList<>();

    /** Starts an entity with this full ref. */
    public EntityBuilder add(String ref) {
        EntityBuilder builder = new EntityBuilder(EntityRef.parse(ref));
        builders.add(builder);
        return builder;
    }

    public List<CatalogEntity> entities() {
        return builders.stream().map(EntityBuilder::build).toList();
    }

    public List<Relation> relations() {
        return builders.stream().flatMap(b -> b.relations.stream()).toList();
    }

    public void writeTo(CatalogWriter writer) {
        writer.writeAll(entities(), relations());
    }

    /** One entity under construction. */
    public static final class EntityBuilder {
        private final EntityRef ref;
        private String title;
        private String description;
        private String type;
        private String lifecycle;
        private List<String> tags = List.of();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, String> annotations = new LinkedHashMap<>();
        private final List<EntityLink> links = new ArrayList<>();
        private final Map<String, Object> spec = new LinkedHashMap<>();
        private String definitionPath;
        private Provenance source;
        private final List<Relation> relations = new ArrayList<>();

        private EntityBuilder(EntityRef ref) {
            this.ref = ref;
        }

        public EntityBuilder title(String value) {
            title = value;
            return this;
        }

        public EntityBuilder description(String value) {
            description = value;
            return this;
        }

        public EntityBuilder type(String value) {
            type = value;
            spec.put("type", value);
            return this;
        }

        public EntityBuilder lifecycle(String value) {
            lifecycle = value;
            spec.put("lifecycle", value);
            return this;
        }

        public EntityBuilder tags(String... values) {
            tags = List.of(values);
            return this;
        }

        public EntityBuilder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        public EntityBuilder annotation(String key, String value) {
            annotations.put(key, value);
            return this;
        }

        public EntityBuilder link(String url, String title) {
            links.add(new EntityLink(url, title, null, null));
            return this;
        }

        public EntityBuilder spec(String key, Object value) {
            spec.put(key, value);
            return this;
        }

        public EntityBuilder email(String email) {
            spec.put("profile", Map.of("email", email));
            return this;
        }

        public EntityBuilder definition(String text, String path) {
            spec.put("definition", text);
            definitionPath = path;
            return this;
        }

        public EntityBuilder source(String repository, String repositoryUrl, String file) {
            source = new Provenance(repository, repositoryUrl, file, "hash-" + file, "file:" + file);
            return this;
        }

        /** Where it was read from, down to its lines, commit and page. */
        public EntityBuilder source(Provenance provenance) {
            source = provenance;
            return this;
        }

        /** A relation from this entity to {@code target}, declared by this entity. */
        public EntityBuilder relate(RelationType type, String target) {
            relations.add(new Relation(ref, type, EntityRef.parse(target), ref));
            return this;
        }

        /** As {@link #relate}, declared at a site written {@code file:line:field}. */
        public EntityBuilder relate(RelationType type, String target, String site) {
            relations.add(new Relation(ref, type, EntityRef.parse(target), ref, DeclarationSite.parse(site)));
            return this;
        }

        /** A relation from {@code source} to this entity, declared by this entity (e.g. dependencyOf). */
        public EntityBuilder relateFrom(String source, RelationType type) {
            relations.add(new Relation(EntityRef.parse(source), type, ref, ref));
            return this;
        }

        /** As {@link #relateFrom}, declared at a site written {@code file:line:field}. */
        public EntityBuilder relateFrom(String source, RelationType type, String site) {
            relations.add(new Relation(EntityRef.parse(source), type, ref, ref, DeclarationSite.parse(site)));
            return this;
        }

        CatalogEntity build() {
            return new CatalogEntity(ref, "backstage.io/v1alpha1", title, description, type, lifecycle, tags, labels,
                    annotations, links, spec, definitionPath, source);
        }
    }
}
