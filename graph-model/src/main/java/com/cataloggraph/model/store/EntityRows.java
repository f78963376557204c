package com.cataloggraph.model.store;

import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.EntityLink;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.vocabulary.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns records into the parameter maps the write queries UNWIND. Neo4j properties cannot hold
 * maps, so labels and annotations become sorted {@code key=value} string lists (keys cannot
 * contain '=', so the form is lossless and still queryable) and links and spec become JSON.
 */
final class EntityRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EntityRows() {
    }

    static Map<String, Object> entityRow(CatalogEntity entity, String updatedAt) {
        Map<String, Object> props = new HashMap<>();
        EntityRef ref = entity.ref();
        props.put("kind", entity.kind());
        props.put("namespace", ref.namespace());
        props.put("name", ref.name());
        props.put("apiVersion", entity.apiVersion());
        props.put("title", entity.title());
        props.put("description", entity.description());
        props.put("type", entity.type());
        props.put("lifecycle", entity.lifecycle());
        props.put("tags", entity.tags());
        props.put("tagText", entity.tags().isEmpty() ? null : String.join(" ", entity.tags()));
        props.put("labels", keyValues(entity.labels()));
        props.put("annotations", keyValues(entity.annotations()));
        props.put("links", entity.links().isEmpty() ? null : JSON.writeValueAsString(linkMaps(entity.links())));
        Map<String, Object> spec = new LinkedHashMap<>(entity.spec());
        Object definition = spec.remove("definition");
        props.put("spec", JSON.writeValueAsString(spec));
        props.put("definition", definition instanceof String text ? text
                : definition == null ? null : JSON.writeValueAsString(definition));
        props.put("definitionPath", entity.definitionPath());
        props.put("email", entity.profileField("email"));
        props.put("displayName", entity.profileField("displayName"));
        props.put("picture", entity.profileField("picture"));
        if (entity.source() != null) {
            props.put("repository", entity.source().repository());
            props.put("repositoryUrl", entity.source().repositoryUrl());
            props.put("sourceFile", entity.source().file());
            props.put("sourceHash", entity.source().contentHash());
            props.put("sourceLocation", entity.source().location());
        }
        props.put("missing", false);
        props.put("orphan", false);
        props.put("updatedAt", updatedAt);
        Map<String, Object> row = new HashMap<>();
        row.put("ref", entity.key());
        row.put("labels", Kind.of(ref.kind()).map(kind -> List.of(kind.label())).orElse(List.of()));
        row.put("props", props);
        return row;
    }

    static Map<String, Object> relationRow(Relation relation) {
        return Map.of(
                "source", relation.source().canonical(),
                "target", relation.target().canonical(),
                "type", relation.type().neo4jType(),
                "by", relation.declaredBy().canonical());
    }

    /**
     * One row per written entity: its ref and the relations it declares, as {@code "source TYPE target"},
     * which the writer keeps in place rather than dropping and creating again.
     */
    static List<Map<String, Object>> declarerRows(List<CatalogEntity> entities, List<Relation> relations) {
        Map<String, List<String>> keep = new LinkedHashMap<>();
        entities.forEach(entity -> keep.putIfAbsent(entity.key(), new ArrayList<>()));
        for (Relation relation : relations) {
            List<String> declared = keep.get(relation.declaredBy().canonical());
            if (declared != null) {
                declared.add(relation.source().canonical() + " " + relation.type().neo4jType() + " "
                        + relation.target().canonical());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>(keep.size());
        keep.forEach((ref, declared) -> rows.add(Map.of("ref", ref, "keep", declared)));
        return rows;
    }

    /**
     * Both ends of a relation, to be created as missing placeholders if nothing defines them; the refs
     * {@code written} in the same transaction already exist.
     */
    static List<Map<String, Object>> endpointRows(List<Relation> relations, Set<String> written) {
        Map<String, Map<String, Object>> endpoints = new LinkedHashMap<>();
        for (Relation relation : relations) {
            for (EntityRef ref : List.of(relation.source(), relation.target())) {
                String key = ref.canonical();
                if (!written.contains(key)) {
                    endpoints.computeIfAbsent(key, k -> placeholderRow(ref));
                }
            }
        }
        return new ArrayList<>(endpoints.values());
    }

    static Map<String, Object> placeholderRow(EntityRef ref) {
        return Map.of("ref", ref.canonical(), "kind", Kind.displayNameOf(ref.kind()),
                "namespace", ref.namespace(), "name", ref.name());
    }

    static List<String> keyValues(Map<String, String> map) {
        List<String> result = new ArrayList<>(map.size());
        new TreeMap<>(map).forEach((key, value) -> result.add(key + "=" + (value == null ? "" : value)));
        return result;
    }

    private static List<Map<String, String>> linkMaps(List<EntityLink> links) {
        List<Map<String, String>> result = new ArrayList<>();
        for (EntityLink link : links) {
            Map<String, String> map = new LinkedHashMap<>();
            map.put("url", link.url());
            if (link.title() != null) {
                map.put("title", link.title());
            }
            if (link.icon() != null) {
                map.put("icon", link.icon());
            }
            if (link.type() != null) {
                map.put("type", link.type());
            }
            result.add(map);
        }
        return result;
    }
}
