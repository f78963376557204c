package com.cataloggraph.ingest.validate;

import static com.cataloggraph.ingest.emit.IngestProblem.quote;
import static com.cataloggraph.ingest.parse.DocumentProblems.shape;
import com.cataloggraph.ingest.parse.DocumentProblems;

import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.FieldPath;
import java.util.List;
import java.util.Map;

/** Formats of {@code metadata}: name, namespace, title, description, labels, annotations, tags, links. */
final class MetadataRules {

    private static final FieldPath METADATA = FieldPath.of("metadata");

    private MetadataRules() {
    }

    static void check(DocumentProblems problems, Map<String, Object> metadata) {
        if (metadata.get("name") instanceof String name && !Formats.isName(name)) {
            problems.error(Rule.NAME_FORMAT, METADATA.child("name"), name,
                    "metadata.name " + quote(name) + " is not a valid name; expected " + Formats.NAME);
        }
        if (metadata.get("namespace") instanceof String namespace && !Formats.isNamespace(namespace)) {
            problems.error(Rule.NAMESPACE_FORMAT, METADATA.child("namespace"), namespace,
                    "metadata.namespace " + quote(namespace) + " is not a valid namespace; expected " + Formats.NAMESPACE);
        }
        optionalString(problems, metadata, "title");
        optionalString(problems, metadata, "description");
        keyValues(problems, metadata, "labels", true);
        keyValues(problems, metadata, "annotations", false);
        tags(problems, metadata.get("tags"));
        links(problems, metadata.get("links"));
    }

    private static void optionalString(DocumentProblems problems, Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        if (value != null && !(value instanceof String)) {
            problems.error(Rule.FIELD_TYPE, METADATA.child(key), value,
                    "metadata." + key + " must be a string, found " + shape(value));
        }
    }

    private static void keyValues(DocumentProblems problems, Map<String, Object> metadata, String key, boolean labels) {
        Object value = metadata.get(key);
        if (value == null) {
            return;
        }
        Rule rule = labels ? Rule.LABEL_FORMAT : Rule.ANNOTATION_FORMAT;
        FieldPath field = METADATA.child(key);
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(Rule.FIELD_TYPE, field, value, "metadata." + key + " must be an object of key: value, found "
                    + shape(value));
            return;
        }
        map.forEach((k, v) -> {
            String entryKey = (String) k;
            FieldPath entry = field.child(entryKey);
            if (!Formats.isKey(entryKey)) {
                problems.error(rule, entry, entryKey, "metadata." + key + " key " + quote(entryKey)
                        + " is not valid; expected " + Formats.KEY);
            }
            if (!(v instanceof String text)) {
                problems.error(rule, entry, v, entry + " must be a string, found " + shape(v)
                        + (v instanceof Number || v instanceof Boolean ? " (quote it: \"" + v + "\")" : ""));
            } else if (labels && !Formats.isLabelValue(text)) {
                problems.error(rule, entry, text, entry + " value " + quote(text)
                        + " is not valid; expected an empty string or " + Formats.NAME);
            }
        });
    }

    private static void tags(DocumentProblems problems, Object value) {
        if (value == null) {
            return;
        }
        FieldPath field = METADATA.child("tags");
        if (!(value instanceof List<?> tags)) {
            problems.error(Rule.FIELD_TYPE, field, value, "metadata.tags must be a list of strings, found " + shape(value));
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            Object tag = tags.get(i);
            FieldPath item = field.index(i);
            if (!(tag instanceof String text)) {
                problems.error(Rule.TAG_FORMAT, item, tag, item + " must be a string, found " + shape(tag));
            } else if (!Formats.isTag(text)) {
                problems.error(Rule.TAG_FORMAT, item, text, item + " " + quote(text) + " is not a valid tag; expected "
                        + Formats.TAG);
            }
        }
    }

    private static void links(DocumentProblems problems, Object value) {
        if (value == null) {
            return;
        }
        FieldPath field = METADATA.child("links");
        if (!(value instanceof List<?> links)) {
            problems.error(Rule.FIELD_TYPE, field, value, "metadata.links must be a list of objects, found "
                    + shape(value));
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            FieldPath item = field.index(i);
            if (!(links.get(i) instanceof Map<?, ?> link)) {
                problems.error(Rule.LINK_FORMAT, item, links.get(i), item + " must be an object with a url, found "
                        + shape(links.get(i)));
                continue;
            }
            Object url = link.get("url");
            if (url == null) {
                problems.error(Rule.LINK_FORMAT, item, null, item + ".url is required");
            } else if (!(url instanceof String text) || !Formats.isAbsoluteUrl(text)) {
                problems.error(Rule.LINK_FORMAT, item.child("url"), url, item + ".url " + quote(url)
                        + " is not an absolute URL (expected e.g. https://example.com/dashboard)");
            }
            for (String optional : List.of("title", "icon", "type")) {
                Object text = link.get(optional);
                if (text != null && (!(text instanceof String s) || s.isBlank())) {
                    problems.error(Rule.LINK_FORMAT, item.child(optional), text, item + "." + optional
                            + " must be a non-empty string, found " + (text instanceof String ? "an empty string"
                            : shape(text)));
                }
            }
        }
    }
}
