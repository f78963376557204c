package com.cataloggraph.model.store;

import com.cataloggraph.model.entity.CatalogEntity;
import com.cataloggraph.model.entity.DocumentLines;
import com.cataloggraph.model.entity.EntityLink;
import com.cataloggraph.model.entity.Provenance;
import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.ref.EntityRef;
import com.cataloggraph.model.ref.RepositoryName;
import com.cataloggraph.model.vocabulary.Kind;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.EnumMap;
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
            putSource(props, entity.source());
        }
        props.put("missing", false);
        props.put("orphan", false);
        props.put("orphanedAt", null);
        props.put("orphanedRun", null);
        props.put("updatedAt", updatedAt);
        Map<String, Object> row = new HashMap<>();
        row.put("ref", entity.key());
        row.put("labels", Kind.of(ref.kind()).map(kind -> List.of(kind.label())).orElse(List.of()));
        row.put("props", props);
        return row;
    }

    /**
     * Where the entity was read from: file and repository (with the name keys a repository's entities are sought
     * by), document and lines, commit and web page.
     */
    private static void putSource(Map<String, Object> props, Provenance source) {
        props.put("repository", source.repository());
        props.put("repositoryUrl", source.repositoryUrl());
        props.put("repositoryName", RepositoryName.key(source.repository()));
        props.put("repositoryUrlName", RepositoryName.key(source.repositoryUrl()));
        props.put("sourceFile", source.file());
        props.put("sourceHash", source.contentHash());
        props.put("sourceLocation", source.location());
        DocumentLines lines = source.lines();
        props.put("sourceDocument", lines == null ? null : (long) lines.document());
        props.put("sourceLine", lines == null ? null : (long) lines.startLine());
        props.put("sourceEndLine", lines == null ? null : (long) lines.endLine());
        props.put("sourceCommit", source.commit());
        props.put("sourceUrl", source.fileUrl());
        props.put("sourceVia", source.via());
    }

    /**
     * One row per relationship, grouped by type: its ends and every entity of the batch declaring it
     * ({@code by}), each with where ({@code at}: {@code file:line:field}, or {@code ""} when not known). An
     * entity declaring one relationship twice ({@code dependsOn: [a, a]}) is listed once, at its first site.
     */
    static Map<RelationType, List<Map<String, Object>>> relationRowsByType(List<Relation> relations) {
        Map<RelationType, Map<List<String>, Map<String, String>>> grouped = new EnumMap<>(RelationType.class);
        for (Relation relation : relations) {
            grouped.computeIfAbsent(relation.type(), type -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(relation.source().canonical(), relation.target().canonical()),
                            ends -> new LinkedHashMap<>())
                    .putIfAbsent(relation.declaredBy().canonical(),
                            relation.declaredAt() == null ? "" : relation.declaredAt().text());
        }
        Map<RelationType, List<Map<String, Object>>> rows = new EnumMap<>(RelationType.class);
        grouped.forEach((type, byEnds) -> {
            List<Map<String, Object>> typeRows = new ArrayList<>(byEnds.size());
            byEnds.forEach((ends, declarers) -> typeRows.add(Map.of("source", ends.get(0), "target", ends.get(1),
                    "by", List.copyOf(declarers.keySet()), "at", List.copyOf(declarers.values()))));
            rows.put(type, typeRows);
        });
        return rows;
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
                declared.add(relation.key());
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
