package com.cataloggraph.model.entity;

import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated entity ready to be written: the envelope's metadata, its spec (placeholders
 * already resolved) and where it came from.
 *
 * @param ref            kind, namespace and name as written
 * @param apiVersion     the descriptor's apiVersion
 * @param title          metadata.title, or null
 * @param description    metadata.description, or null
 * @param type           spec.type, or null
 * @param lifecycle      spec.lifecycle, or null
 * @param tags           metadata.tags
 * @param labels         metadata.labels
 * @param annotations    metadata.annotations, including the ones set on ingest
 * @param links          metadata.links
 * @param spec           the whole spec, as plain maps, lists and scalars
 * @param definitionPath for an API whose definition came from a {@code $text}-style placeholder,
 *                       the file it was read from (relative to the repository), else null
 * @param source         the file and repository the entity was read from
 */
public record CatalogEntity(EntityRef ref, String apiVersion, String title, String description, String type,
                            String lifecycle, List<String> tags, Map<String, String> labels,
                            Map<String, String> annotations, List<EntityLink> links, Map<String, Object> spec,
                            String definitionPath, Provenance source) {

    public CatalogEntity {
        Objects.requireNonNull(ref, "ref");
        tags = tags == null ? List.of() : List.copyOf(tags);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
        links = links == null ? List.of() : List.copyOf(links);
        spec = spec == null ? Map.of() : spec;
    }

    /** The graph key. */
    public String key() {
        return ref.canonical();
    }

    /** The kind spelled as Backstage does for built-in kinds, as written otherwise. */
    public String kind() {
        return Kind.displayNameOf(ref.kind());
    }

    /** A spec field as a string, or null when absent or not a scalar. */
    public String specString(String field) {
        Object value = spec.get(field);
        return value instanceof String || value instanceof Number || value instanceof Boolean
                ? String.valueOf(value) : null;
    }

    /** spec.profile's field (Group and User), or null. */
    public String profileField(String field) {
        return spec.get("profile") instanceof Map<?, ?> profile && profile.get(field) instanceof String value
                ? value : null;
    }
}
