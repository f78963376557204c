package com.cataloggraph.ingest.parse;

import com.cataloggraph.ingest.emit.Rule;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns a composed node tree into plain values (maps, lists, strings, numbers, booleans, null)
 * without ever constructing a Java object a tag asks for. Aliases are followed, so the size of
 * the result is counted and bounded here; an alias that refers to its own ancestor is refused.
 */
final class NodeValues {

    private final YamlLimits limits;
    private final Set<Node> ancestors = Collections.newSetFromMap(new IdentityHashMap<>());
    private int values;

    NodeValues(YamlLimits limits) {
        this.limits = limits;
    }

    Object convert(Node node) throws YamlProblemException {
        return convert(node, 1);
    }

    private Object convert(Node node, int depth) throws YamlProblemException {
        if (++values > limits.maxValues()) {
            throw problem(Rule.YAML_LIMIT, node, "the document expands to more than %,d values (aliases repeat "
                    .formatted(limits.maxValues()) + "their content); refusing to read it");
        }
        if (depth > limits.maxDepth()) {
            throw problem(Rule.YAML_LIMIT, node, "the document nests deeper than %d levels".formatted(limits.maxDepth()));
        }
        return switch (node) {
            case ScalarNode scalar -> scalar(scalar);
            case SequenceNode sequence -> {
                enter(sequence);
                List<Object> list = new ArrayList<>(sequence.getValue().size());
                for (Node item : sequence.getValue()) {
                    list.add(convert(item, depth + 1));
                }
                ancestors.remove(sequence);
                yield list;
            }
            case MappingNode mapping -> {
                enter(mapping);
                Map<String, Object> map = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = key(tuple.getKeyNode());
                    if (map.containsKey(key)) {
                        throw problem(Rule.YAML_DUPLICATE_KEY, tuple.getKeyNode(),
                                "the key \"" + key + "\" appears twice in the same mapping; YAML keys must be unique");
                    }
                    map.put(key, convert(tuple.getValueNode(), depth + 1));
                }
                ancestors.remove(mapping);
                yield map;
            }
            default -> throw problem(Rule.YAML_SYNTAX, node, "unsupported YAML node " + node.getNodeId());
        };
    }

    private void enter(Node node) throws YamlProblemException {
        if (!ancestors.add(node)) {
            throw problem(Rule.YAML_LIMIT, node, "an alias refers to a collection that contains it (a recursive "
                    + "structure); refusing to read it");
        }
    }

    /** Keys are strings in JSON, as Backstage sees them: a scalar key is its text ({@code 200:} is "200"). */
    private static String key(Node node) throws YamlProblemException {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw problem(Rule.YAML_SYNTAX, node, "a mapping key must be a plain value, not a list or a mapping");
    }

    private static Object scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
        }
        if (Tag.INT.equals(tag) && CoreSchemaResolver.INT.matcher(text).matches()) {
            return integer(text);
        }
        if (Tag.FLOAT.equals(tag) && CoreSchemaResolver.FLOAT.matcher(text).matches()) {
            return floating(text);
        }
        // Strings, and any other tag (!!binary, !Ref, ...): the text as written, never an object.
        return text;
    }

    private static Object integer(String text) {
        BigInteger value;
        if (text.startsWith("0o")) {
            value = new BigInteger(text.substring(2), 8);
        } else if (text.startsWith("0x")) {
            value = new BigInteger(text.substring(2), 16);
        } else {
            value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        }
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Object floating(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".inf")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals(".nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    private static YamlProblemException problem(Rule rule, Node node, String message) {
        return new YamlProblemException(rule, node.getStartMark().getLine() + 1, message);
    }
}
