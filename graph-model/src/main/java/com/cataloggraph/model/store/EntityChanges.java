package com.cataloggraph.model.store;

import com.cataloggraph.model.entity.Relation;
import com.cataloggraph.model.vocabulary.RelationType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what one write transaction saw and did into {@code :EntityChange} rows: for each entity,
 * whether it was added, modified, restored, orphaned or removed, the descriptor fields that changed
 * (with both values), and the relations it started or stopped declaring (with where).
 *
 * <p>Fields are named as in the descriptor ({@code spec.owner}, {@code metadata.labels[tier]}); values
 * are text, shortened to {@value #MAX_VALUE} characters (an API definition is only said to change).
 */
final class EntityChanges {

    /** Node properties compared to find changed fields; the rest are derived from these or say where, not what. */
    static final List<String> COMPARED = List.of("apiVersion", "title", "description", "tags", "labels",
            "annotations", "links", "spec", "definition", "repository", "repositoryUrl", "sourceFile");

    static final String ADDED = "added";
    static final String MODIFIED = "modified";
    static final String RESTORED = "restored";
    static final String ORPHANED = "orphaned";
    static final String REMOVED = "removed";

    private static final int MAX_VALUE = 200;
    private static final Comparator<Declaration> BY_KEY = Comparator.comparing(Declaration::key);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> FIELD_NAMES = Map.of("apiVersion", "apiVersion", "title",
            "metadata.title", "description", "metadata.description", "tags", "metadata.tags", "links",
            "metadata.links", "definition", "spec.definition", "repository", "source.repository", "repositoryUrl",
            "source.repositoryUrl", "sourceFile", "source.file");

    /**
     * An entity as it was before the write.
     *
     * @param existed   false when no node had its ref
     * @param changed   the compared properties whose stored value differs, with that stored value
     * @param owners    the refs it was owned by
     */
    record Before(boolean existed, boolean missing, boolean orphan, Map<String, Object> changed, List<String> owners) {
    }

    /** Each row's entity as not stored before the write. */
    static Map<String, Before> absent(List<Map<String, Object>> entityRows) {
        Before absent = new Before(false, false, false, Map.of(), List.of());
        Map<String, Before> before = new HashMap<>();
        entityRows.forEach(row -> before.put((String) row.get("ref"), absent));
        return before;
    }

    /** A relation one entity started or stopped declaring: {@code key} is {@code source TYPE target}. */
    record Declaration(String by, String key, String at) {
    }

    private EntityChanges() {
    }

    /** The changes of written entities; entities whose content and declarations did not change give none. */
    static List<Map<String, Object>> written(ChangeStamp stamp, List<Map<String, Object>> entityRows,
                                             List<Relation> relations, Map<String, Before> before,
                                             List<Declaration> declared, List<Declaration> undeclared) {
        Map<String, List<Declaration>> declaredBy = byDeclarer(declared);
        Map<String, List<Declaration>> undeclaredBy = byDeclarer(undeclared);
        Map<String, String> owners = new HashMap<>();
        for (Relation relation : relations) {
            if (relation.type() == RelationType.OWNED_BY && relation.source().equals(relation.declaredBy())) {
                owners.putIfAbsent(relation.source().canonical(), relation.target().canonical());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> entityRow : entityRows) {
            String ref = (String) entityRow.get("ref");
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) entityRow.get("props");
            Before was = before.getOrDefault(ref, new Before(true, false, false, Map.of(), List.of()));
            List<Declaration> started = declaredBy.getOrDefault(ref, List.of());
            List<Declaration> stopped = undeclaredBy.getOrDefault(ref, List.of());
            Map<String, List<String>> fields = new TreeMap<>();
            boolean added = !was.existed() || was.missing();
            if (!added) {
                was.changed().forEach((property, old) -> diff(property, old, props.get(property), fields));
            }
            if (!added && !was.orphan() && fields.isEmpty() && started.isEmpty() && stopped.isEmpty()) {
                continue;
            }
            Map<String, Object> row = base(stamp, ref, (String) props.get("kind"), added ? ADDED
                    : was.orphan() ? RESTORED : MODIFIED);
            putFields(row, fields);
            putDeclarations(row, started, stopped);
            row.put("owner", owners.get(ref));
            row.put("ownerBefore", added || was.owners().isEmpty() ? null : was.owners().getFirst());
            row.put("file", props.get("sourceFile"));
            row.put("commit", props.get("sourceCommit"));
            row.put("hash", props.get("sourceHash"));
            rows.add(row);
        }
        return rows;
    }

    /**
     * Entities that stopped being defined ({@link #ORPHANED}) or were deleted ({@link #REMOVED}), each with the
     * relations it stopped declaring.
     *
     * @param gone rows of {@code ref, kind, owners, file, commit, hash}
     */
    static List<Map<String, Object>> gone(ChangeStamp stamp, String change, List<Map<String, Object>> gone,
                                          List<Declaration> undeclared) {
        Map<String, List<Declaration>> undeclaredBy = byDeclarer(undeclared);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> entity : gone) {
            String ref = (String) entity.get("ref");
            Map<String, Object> row = base(stamp, ref, (String) entity.get("kind"), change);
            putDeclarations(row, List.of(), undeclaredBy.getOrDefault(ref, List.of()));
            @SuppressWarnings("unchecked")
            List<String> owners = (List<String>) entity.get("owners");
            row.put("ownerBefore", owners == null || owners.isEmpty() ? null : owners.getFirst());
            row.put("owner", REMOVED.equals(change) ? null : row.get("ownerBefore"));
            row.put("file", entity.get("file"));
            row.put("commit", entity.get("commit"));
            row.put("hash", entity.get("hash"));
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> base(ChangeStamp stamp, String ref, String kind, String change) {
        Map<String, Object> row = new HashMap<>();
        row.put("run", stamp.run());
        row.put("at", stamp.at().atOffset(ZoneOffset.UTC));
        row.put("ref", ref);
        row.put("kind", kind);
        row.put("change", change);
        return row;
    }

    private static void putFields(Map<String, Object> row, Map<String, List<String>> fields) {
        if (fields.isEmpty()) {
            return;
        }
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> after = new LinkedHashMap<>();
        fields.forEach((field, values) -> {
            before.put(field, values.get(0));
            after.put(field, values.get(1));
        });
        row.put("fields", List.copyOf(fields.keySet()));
        row.put("before", JSON.writeValueAsString(before));
        row.put("after", JSON.writeValueAsString(after));
    }

    /** Declarations in key order, so a record does not depend on the order the database returned them in. */
    private static void putDeclarations(Map<String, Object> row, List<Declaration> startedAnyOrder,
                                        List<Declaration> stoppedAnyOrder) {
        List<Declaration> started = startedAnyOrder.stream().sorted(BY_KEY).toList();
        List<Declaration> stopped = stoppedAnyOrder.stream().sorted(BY_KEY).toList();
        if (!started.isEmpty()) {
            row.put("declared", started.stream().map(Declaration::key).toList());
            row.put("declaredAt", started.stream().map(d -> d.at() == null ? "" : d.at()).toList());
        }
        if (!stopped.isEmpty()) {
            row.put("undeclared", stopped.stream().map(Declaration::key).toList());
            row.put("undeclaredAt", stopped.stream().map(d -> d.at() == null ? "" : d.at()).toList());
        }
    }

    private static Map<String, List<Declaration>> byDeclarer(List<Declaration> declarations) {
        Map<String, List<Declaration>> byDeclarer = new HashMap<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Declaration declaration : declarations) {
            if (seen.add(List.of(declaration.by(), declaration.key()))) {
                byDeclarer.computeIfAbsent(declaration.by(), k -> new ArrayList<>()).add(declaration);
            }
        }
        return byDeclarer;
    }

    /** Adds the descriptor fields behind one changed property, each with its value before and after. */
    private static void diff(String property, Object before, Object after, Map<String, List<String>> fields) {
        switch (property) {
            case "spec" -> diffMaps("spec.", json(before), json(after), fields);
            case "labels" -> diffMaps("metadata.labels", keyValues(before), keyValues(after), fields);
            case "annotations" -> diffMaps("metadata.annotations", keyValues(before), keyValues(after), fields);
            case "definition" -> fields.put("spec.definition", List.of("(earlier definition)", "(new definition)"));
            default -> {
                if (!Objects.equals(text(before), text(after))) {
                    fields.put(FIELD_NAMES.getOrDefault(property, property), values(text(before), text(after)));
                }
            }
        }
    }

    private static void diffMaps(String prefix, Map<String, Object> before, Map<String, Object> after,
                                 Map<String, List<String>> fields) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        boolean bracketed = !prefix.endsWith(".");
        for (String key : keys) {
            String old = text(before.get(key));
            String now = text(after.get(key));
            if (!Objects.equals(old, now)) {
                fields.put(bracketed ? prefix + "[" + key + "]" : prefix + key, values(old, now));
            }
        }
    }

    private static List<String> values(String before, String after) {
        List<String> values = new ArrayList<>(2);
        values.add(before);
        values.add(after);
        return values;
    }

    private static Map<String, Object> json(Object text) {
        return text instanceof String json ? JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { })
                : Map.of();
    }

    private static Map<String, Object> keyValues(Object list) {
        Map<String, Object> map = new TreeMap<>();
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                map.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return map;
    }

    /** A value as history shows it: text as it is, anything else as JSON, shortened; null stays null. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof String s ? s : JSON.writeValueAsString(value);
        return text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE) + "…";
    }
}
