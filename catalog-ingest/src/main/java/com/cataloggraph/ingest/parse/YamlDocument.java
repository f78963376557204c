package com.cataloggraph.ingest.parse;

import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One document of a descriptor: its content as plain maps, lists and scalars, and the node tree it
 * came from so any field can be traced back to its line.
 *
 * @param index   the document's position in the file, from 1
 * @param line    the line it starts on, from 1
 * @param content a {@code Map<String, Object>} for descriptors; any value for data files
 */
public record YamlDocument(int index, int line, Object content, Node node) {

    /** The content as an object; descriptors are checked to be objects before this is used. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> object() {
        return (Map<String, Object>) content;
    }

    /**
     * The line of a field, from 1: the line of its key (or list item) when present, otherwise of the
     * nearest enclosing field that is, so a missing {@code spec.owner} points at {@code spec:}.
     */
    public int lineOf(FieldPath path) {
        Node current = node;
        int found = line;
        for (Object segment : path.segments()) {
            Node next = null;
            int nextLine = -1;
            if (segment instanceof String key && current instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                        next = tuple.getValueNode();
                        nextLine = tuple.getKeyNode().getStartMark().getLine() + 1;
                    }
                }
            } else if (segment instanceof Integer index && current instanceof SequenceNode sequence
                    && index >= 0 && index < sequence.getValue().size()) {
                next = sequence.getValue().get(index);
                nextLine = next.getStartMark().getLine() + 1;
            }
            if (next == null) {
                return found;
            }
            current = next;
            found = nextLine;
        }
        return found;
    }
}
