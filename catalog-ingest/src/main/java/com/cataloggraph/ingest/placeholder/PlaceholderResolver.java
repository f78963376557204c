package com.cataloggraph.ingest.placeholder;

import static com.cataloggraph.ingest.emit.IngestProblem.quote;

import com.cataloggraph.ingest.emit.Rule;
import com.cataloggraph.ingest.parse.DescriptorYaml;
import com.cataloggraph.ingest.parse.DocumentProblems;
import com.cataloggraph.ingest.parse.FieldPath;
import com.cataloggraph.ingest.parse.Utf8Text;
import com.cataloggraph.ingest.parse.YamlProblemException;
import com.cataloggraph.ingest.source.TreePaths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces placeholders anywhere in a document with the content they name, read through
 * {@link PlaceholderFiles} (so within the descriptor's repository only). A remote URL is left as
 * the reference with a warning; a placeholder that cannot be read fails its entity, as in
 * Backstage. Thread-safe.
 */
public final class PlaceholderResolver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FieldPath DEFINITION = FieldPath.of("spec", "definition");

    private final DescriptorYaml yaml;

    public PlaceholderResolver(DescriptorYaml yaml) {
        this.yaml = yaml;
    }

    public PlaceholderResolution resolve(Map<String, Object> entity, PlaceholderFiles files, DocumentProblems problems) {
        Pass pass = new Pass(files, problems);
        @SuppressWarnings("unchecked")
        Map<String, Object> resolved = (Map<String, Object>) pass.walk(entity, FieldPath.ROOT);
        return new PlaceholderResolution(resolved, pass.inputs, pass.definitionPath);
    }

    /** One document's resolution: what it read and where the definition came from. */
    private final class Pass {
        private final PlaceholderFiles files;
        private final DocumentProblems problems;
        private final Map<String, String> inputs = new HashMap<>();
        private String definitionPath;

        Pass(PlaceholderFiles files, DocumentProblems problems) {
            this.files = files;
            this.problems = problems;
        }

        Object walk(Object value, FieldPath path) {
            String key = Placeholders.keyOf(value);
            if (key != null) {
                return replace(key, (String) ((Map<?, ?>) value).get(key), value, path);
            }
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put((String) k, walk(v, path.child((String) k))));
                return copy;
            }
            if (value instanceof List<?> list) {
                List<Object> copy = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    copy.add(walk(list.get(i), path.index(i)));
                }
                return copy;
            }
            return value;
        }

        private Object replace(String key, String reference, Object placeholder, FieldPath path) {
            if (TreePaths.isUrl(reference)) {
                problems.warning(Rule.REMOTE_PLACEHOLDER, path, reference, path + ": " + key + " " + quote(reference)
                        + " is a remote URL; it is not fetched, so the reference is stored instead of the content");
                return placeholder;
            }
            PlaceholderFile file = files.read(reference);
            return switch (file) {
                case PlaceholderFile.Found found -> {
                    inputs.put(found.treePath(), found.sha256());
                    Object content = content(key, reference, found, path);
                    if (content != null && path.equals(DEFINITION)) {
                        definitionPath = found.repositoryPath();
                    }
                    yield content == null ? placeholder : content;
                }
                case PlaceholderFile.Missing missing -> {
                    inputs.put(missing.treePath(), PlaceholderResolution.MISSING);
                    fail(path, key, reference, "there is no file " + missing.treePath());
                    yield placeholder;
                }
                case PlaceholderFile.OutsideRepository outside -> {
                    fail(path, key, reference, "it resolves to " + outside.resolved() + ", outside the repository "
                            + outside.repository() + "; placeholders may only read files of the descriptor's own "
                            + "repository");
                    yield placeholder;
                }
                case PlaceholderFile.Unreadable unreadable -> {
                    inputs.put(unreadable.treePath(), PlaceholderResolution.MISSING);
                    fail(path, key, reference, unreadable.reason());
                    yield placeholder;
                }
                case PlaceholderFile.NotAvailable remote -> {
                    problems.warning(Rule.REMOTE_PLACEHOLDER, path, reference, path + ": " + key + " "
                            + quote(reference) + " names a file this source did not fetch (" + remote.url()
                            + "); the reference is stored instead of the content");
                    yield placeholder;
                }
            };
        }

        /** The file's content as the placeholder asks for it, or null after reporting why it cannot be. */
        private Object content(String key, String reference, PlaceholderFile.Found found, FieldPath path) {
            String text;
            try {
                text = Utf8Text.decode(found.bytes());
            } catch (Utf8Text.NotUtf8Exception e) {
                return fail(path, key, reference, found.treePath() + ": " + e.getMessage());
            }
            if (Placeholders.TEXT.contains(key)) {
                return text;
            }
            if (key.equals(Placeholders.JSON)) {
                try {
                    return JSON.readValue(text, Object.class);
                } catch (JacksonException e) {
                    return fail(path, key, reference, found.treePath() + " is not valid JSON: " + e.getOriginalMessage());
                }
            }
            try {
                return yaml.parseData(text);
            } catch (YamlProblemException e) {
                return fail(path, key, reference, found.treePath() + " is not valid YAML"
                        + (e.line() == null ? "" : " (line " + e.line() + ")") + ": " + e.getMessage());
            }
        }

        /** Reports why a placeholder cannot be resolved; returns null, the "no content" of {@link #content}. */
        private Object fail(FieldPath path, String key, String reference, String reason) {
            problems.error(Rule.PLACEHOLDER, path, reference, path + ": " + key + " " + quote(reference)
                    + " could not be read: " + reason);
            return null;
        }
    }
}
