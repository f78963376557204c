package com.cataloggraph.model.testing;

import com.cataloggraph.model.store.CatalogDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Value;

/**
 * A canonical fingerprint of a whole graph, to prove that two databases hold the same thing: every
 * node as its sorted labels and properties, every relationship as its type, properties and the keys
 * of its ends, one line each, sorted, then SHA-256 over the lines. Node identities never enter it,
 * so a graph rebuilt in another database (or after a crash and a re-run) digests the same.
 *
 * <p>Left out by default: the run history ({@code :IngestRun} and {@code :EntityChange} nodes, which a
 * crashed run legitimately adds to), the ingest lease (who wrote last, and when), the count of file-state writes
 * ({@code :SourceFileGeneration}, which a crashed run and its re-run advance further than one run), the data migrations the
 * store has had ({@code :SchemaMigration}, which each process starting on it may record) and the times of writes
 * ({@code updatedAt}) and of orphaning ({@code orphanedAt} and the run that did it). Lists keep their order: an order that
 * depends on history is a difference worth seeing.
 *
 * <pre>{@code
 * GraphDigest converged = GraphDigest.of(database);
 * assertThat(converged.sha256()).as(converged.differences(clean, 20)).isEqualTo(clean.sha256());
 * }</pre>
 *
 * @param sha256        hex SHA-256 over the sorted lines
 * @param nodes         nodes digested
 * @param relationships relationships digested
 * @param lines         the sorted canonical lines, for showing differences
 */
public record GraphDigest(String sha256, int nodes, int relationships, List<String> lines) {

    /** Nodes that record what happened rather than what the catalog is. */
    public static final Set<String> HISTORY_LABELS = Set.of("IngestRun", "IngestLease", "EntityChange",
            "SchemaMigration", "SourceFileGeneration");

    /** Properties that say when, not what. */
    public static final Set<String> VOLATILE_PROPERTIES = Set.of("updatedAt", "orphanedAt", "orphanedRun");

    /** Properties that identify a node, used to name the ends of relationships. */
    private static final List<String> KEY_PROPERTIES = List.of("ref", "location", "id");

    // A digest must see every node, whatever its labels, hence MATCH without a label here only.
    private static final String NODES = "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, n AS node";
    private static final String RELATIONSHIPS = """
            MATCH (s)-[r]->(t)
            RETURN elementId(s) AS source, type(r) AS type, r AS relationship, elementId(t) AS target
            """;

    /** The digest of everything but the run history and write times. */
    public static GraphDigest of(CatalogDatabase database) {
        return of(database, HISTORY_LABELS, VOLATILE_PROPERTIES);
    }

    /**
     * @param skippedLabels     nodes with any of these labels (and their relationships) are left out
     * @param skippedProperties properties left out of every node and relationship
     */
    public static GraphDigest of(CatalogDatabase database, Set<String> skippedLabels, Set<String> skippedProperties) {
        return database.read(tx -> {
            Map<String, String> keyById = new HashMap<>();
            List<String> lines = new ArrayList<>();
            tx.run(NODES).forEachRemaining(row -> {
                List<String> labels = row.get("labels").asList(Value::asString);
                if (labels.stream().anyMatch(skippedLabels::contains)) {
                    return;
                }
                String properties = properties(row.get("node"), skippedProperties);
                String text = "(" + labelText(labels) + " " + properties + ")";
                keyById.put(row.get("id").asString(), nodeKey(labels, row.get("node"), text));
                lines.add(text);
            });
            int nodes = lines.size();
            tx.run(RELATIONSHIPS).forEachRemaining(row -> {
                String source = keyById.get(row.get("source").asString());
                String target = keyById.get(row.get("target").asString());
                if (source == null || target == null) {
                    return;
                }
                lines.add(source + "-[:" + row.get("type").asString() + " "
                        + properties(row.get("relationship"), skippedProperties) + "]->" + target);
            });
            lines.sort(null);
            return new GraphDigest(sha256(lines), nodes, lines.size() - nodes, List.copyOf(lines));
        });
    }

    /** Lines only in this graph ({@code -}) and only in the other ({@code +}), at most {@code max}, shortened. */
    public String differences(GraphDigest other, int max) {
        Set<String> mine = new TreeSet<>(lines);
        Set<String> theirs = new TreeSet<>(other.lines);
        List<String> out = new ArrayList<>();
        mine.stream().filter(line -> !theirs.contains(line)).forEach(line -> out.add("- " + shorten(line)));
        theirs.stream().filter(line -> !mine.contains(line)).forEach(line -> out.add("+ " + shorten(line)));
        if (out.isEmpty()) {
            return "same lines";
        }
        int total = out.size();
        List<String> shown = out.subList(0, Math.min(max, total));
        return total + " differing lines (- this, + other):\n" + String.join("\n", shown)
                + (total > max ? "\n..." : "");
    }

    private static String nodeKey(List<String> labels, Value node, String text) {
        for (String key : KEY_PROPERTIES) {
            if (node.get(key) != null && !node.get(key).isNull()) {
                return "(" + labelText(labels) + " " + key + "=" + canonical(node.get(key)) + ")";
            }
        }
        return "(" + sha256(List.of(text)).substring(0, 16) + ")";
    }

    private static String labelText(List<String> labels) {
        StringBuilder text = new StringBuilder();
        new TreeSet<>(labels).forEach(label -> text.append(':').append(label));
        return text.toString();
    }

    private static String properties(Value entity, Set<String> skipped) {
        Map<String, String> sorted = new TreeMap<>();
        for (String key : entity.keys()) {
            if (!skipped.contains(key)) {
                sorted.put(key, canonical(entity.get(key)));
            }
        }
        StringBuilder text = new StringBuilder("{");
        sorted.forEach((key, value) -> text.append(text.length() > 1 ? ", " : "").append(key).append(": ")
                .append(value));
        return text.append('}').toString();
    }

    /** Typed, so {@code 1}, {@code 1.0} and {@code "1"} never read alike. */
    private static String canonical(Value value) {
        // The driver names list types by their element type ("LIST OF ANY?").
        String type = value.type().name().startsWith("LIST") ? "LIST" : value.type().name();
        return switch (type) {
            case "STRING" -> quote(value.asString());
            case "INTEGER" -> Long.toString(value.asLong());
            case "FLOAT" -> Double.toString(value.asDouble()) + "d";
            case "BOOLEAN" -> Boolean.toString(value.asBoolean());
            case "NULL" -> "null";
            case "BYTES" -> "0x" + HexFormat.of().formatHex(value.asByteArray());
            case "LIST" -> {
                List<String> items = new ArrayList<>();
                value.values().forEach(item -> items.add(canonical(item)));
                yield "[" + String.join(", ", items) + "]";
            }
            default -> value.type().name().toLowerCase(java.util.Locale.ROOT) + "(" + value.asObject() + ")";
        };
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    private static String shorten(String line) {
        return line.length() <= 400 ? line : line.substring(0, 400) + "…";
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
