package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of TOML that build files use and the analysis needs: table headers, and string,
 * number, boolean and string-array values (arrays may span lines). Inline tables and other
 * values are kept as raw text. Not a general TOML parser: enough to read facts, never to write.
 */
final class TomlFile {

    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\[?\\s*([^\\]]+?)\\s*\\]\\]?\\s*(#.*)?$");
    private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z0-9_.\"'-]+)\\s*=\\s*(.*)$");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

    /** Table name to its keys and raw values; the root table is "". */
    private final Map<String, Map<String, String>> tables;

    private TomlFile(Map<String, Map<String, String>> tables) {
        this.tables = tables;
    }

    static TomlFile parse(String text) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        String table = "";
        tables.put(table, new LinkedHashMap<>());
        String pendingKey = null;
        StringBuilder pending = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (pendingKey != null) {
                pending.append(' ').append(stripComment(line));
                if (balanced(pending)) {
                    tables.get(table).put(pendingKey, pending.toString().strip());
                    pendingKey = null;
                }
                continue;
            }
            Matcher header = TABLE.matcher(line);
            if (header.matches()) {
                table = header.group(1).replace("\"", "").replace(" ", "");
                tables.computeIfAbsent(table, key -> new LinkedHashMap<>());
                continue;
            }
            Matcher keyValue = KEY_VALUE.matcher(line);
            if (keyValue.matches()) {
                String key = keyValue.group(1).replace("\"", "").replace("'", "");
                String value = stripComment(keyValue.group(2)).strip();
                if (!balanced(new StringBuilder(value))) {
                    pendingKey = key;
                    pending.setLength(0);
                    pending.append(value);
                } else {
                    tables.get(table).put(key, value);
                }
            }
        }
        return new TomlFile(tables);
    }

    boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** Tables whose name starts with the prefix, e.g. {@code tool.hatch.envs.}. */
    List<String> tablesStartingWith(String prefix) {
        return tables.keySet().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
    }

    /** Keys of a table, in file order. */
    List<String> keys(String table) {
        return List.copyOf(tables.getOrDefault(table, Map.of()).keySet());
    }

    /** A string (or bare) value without quotes, or null. */
    String value(String table, String key) {
        String raw = raw(table, key);
        if (raw == null) {
            return null;
        }
        Matcher string = STRING.matcher(raw);
        if (string.lookingAt()) {
            return string.group(1) != null ? string.group(1) : string.group(2);
        }
        return raw;
    }

    /** The raw value as written, or null; also finds {@code a.b = 1} written as a dotted key. */
    String raw(String table, String key) {
        Map<String, String> values = tables.get(table);
        if (values != null && values.containsKey(key)) {
            return values.get(key);
        }
        int dot = table.lastIndexOf('.');
        return dot < 0 ? tables.getOrDefault("", Map.of()).get(table + "." + key)
                : tables.getOrDefault(table.substring(0, dot), Map.of()).get(table.substring(dot + 1) + "." + key);
    }

    /** The strings of an array value (or a single string as one element). */
    List<String> list(String table, String key) {
        String raw = raw(table, key);
        List<String> result = new ArrayList<>();
        if (raw == null) {
            return result;
        }
        Matcher string = STRING.matcher(raw);
        while (string.find()) {
            result.add(string.group(1) != null ? string.group(1) : string.group(2));
        }
        return result;
    }

    private static boolean balanced(CharSequence value) {
        int[] depth = {0};
        outsideStrings(value, i -> {
            char c = value.charAt(i);
            if (c == '[' || c == '{') {
                depth[0]++;
            } else if (c == ']' || c == '}') {
                depth[0]--;
            }
            return true;
        });
        return depth[0] <= 0;
    }

    private static String stripComment(String line) {
        int[] end = {line.length()};
        outsideStrings(line, i -> {
            if (line.charAt(i) == '#') {
                end[0] = i;
                return false;
            }
            return true;
        });
        return line.substring(0, end[0]);
    }

    /**
     * Offers each index of {@code text} whose character is outside a quoted string (basic strings with
     * backslash escapes, literal strings without) to {@code visit}, until it returns false.
     */
    private static void outsideStrings(CharSequence text, IntPredicate visit) {
        boolean inString = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (!visit.test(i)) {
                return;
            }
        }
    }
}
