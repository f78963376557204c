package com.cataloggraph.ingest.parse;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
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
        return find(path, false);
    }

    /**
     * The line a field's value is written on, from 1: as {@link #lineOf}, but for a value written below its key
     * ({@code owner:} and then {@code payments-team} on the next line) the value's own line. This is the line
     * that holds the fact, which citations name.
     */
    public int valueLineOf(FieldPath path) {
        return find(path, true);
    }

    /**
     * The document's last line, from 1: the last line holding any of its values (a trailing comment or blank
     * line before the next {@code ---} is not part of it).
     */
    public int endLine() {
        int[] last = {line};
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>(List.of(node));
        while (!pending.isEmpty()) {
            Node current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            switch (current) {
                case MappingNode mapping -> mapping.getValue().forEach(tuple -> {
                    pending.push(tuple.getKeyNode());
                    pending.push(tuple.getValueNode());
                });
                case SequenceNode sequence -> sequence.getValue().forEach(pending::push);
                default -> {
                    Mark end = current.getEndMark();
                    // An end at column 0 is the start of the line after the value (a block scalar's end).
                    last[0] = Math.max(last[0], end.getColumn() == 0 ? end.getLine() : end.getLine() + 1);
                }
            }
        }
        return last[0];
    }

    private int find(FieldPath path, boolean valueLine) {
        Node current = node;
        int found = line;
        for (Object segment : path.segments()) {
            Node next = null;
            int nextLine = -1;
            if (segment instanceof String key && current instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                        next = tuple.getValueNode();
                        nextLine = (valueLine && next instanceof ScalarNode ? next : tuple.getKeyNode())
                                .getStartMark().getLine() + 1;
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
