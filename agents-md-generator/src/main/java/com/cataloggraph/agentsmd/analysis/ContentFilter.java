package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tells generated and vendored files from the repository's own, the way GitHub Linguist does:
 * by well-known folder and file names, overridden by {@code linguist-generated} and
 * {@code linguist-vendored} in {@code .gitattributes}.
 */
public final class ContentFilter {

    static final Set<String> VENDORED_FOLDERS = Set.of("vendor", "vendored", "third_party", "third-party",
            "thirdparty", "bower_components");
    static final Set<String> GENERATED_FOLDERS = Set.of("gen", "generated", "__generated__", "autogen",
            "generated-sources", "generated-src");
    /** File name endings that generators use. */
    static final List<String> GENERATED_SUFFIXES = List.of(".pb.go", ".pb.gw.go", "_pb2.py", "_pb2_grpc.py",
            ".pb.cc", ".pb.h", "_generated.go", ".g.dart", ".min.js", ".min.css", ".designer.cs", ".generated.ts",
            ".generated.js", ".generated.cs");

    private final List<Rule> rules;

    private ContentFilter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Reads {@code .gitattributes} at the root, if any. */
    public static ContentFilter of(RepositoryTree tree) {
        List<Rule> rules = new ArrayList<>();
        tree.read(".gitattributes").ifPresent(text -> text.lines().forEach(line -> {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                return;
            }
            String[] parts = trimmed.split("\\s+");
            for (int i = 1; i < parts.length; i++) {
                Kind kind = switch (parts[i]) {
                    case "linguist-generated", "linguist-generated=true" -> Kind.GENERATED;
                    case "linguist-vendored", "linguist-vendored=true" -> Kind.VENDORED;
                    case "-linguist-generated", "linguist-generated=false" -> Kind.NOT_GENERATED;
                    case "-linguist-vendored", "linguist-vendored=false" -> Kind.NOT_VENDORED;
                    default -> null;
                };
                if (kind != null) {
                    rules.add(new Rule(glob(parts[0]), kind, parts[0]));
                }
            }
        }));
        return new ContentFilter(rules);
    }

    public boolean generated(String path) {
        Boolean attribute = attribute(path, Kind.GENERATED, Kind.NOT_GENERATED);
        if (attribute != null) {
            return attribute;
        }
        return generatedFilePattern(path) != null || hasFolder(path, GENERATED_FOLDERS);
    }

    /** The name pattern that marks this file generated, e.g. {@code *.pb.go}, or null. */
    public static String generatedFilePattern(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith("zz_generated")) {
            return "zz_generated*";
        }
        for (String suffix : GENERATED_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return "*" + suffix;
            }
        }
        return null;
    }

    public boolean vendored(String path) {
        Boolean attribute = attribute(path, Kind.VENDORED, Kind.NOT_VENDORED);
        return attribute != null ? attribute : hasFolder(path, VENDORED_FOLDERS);
    }

    /** The repository's own content: counts for languages. */
    public boolean own(String path) {
        return !generated(path) && !vendored(path);
    }

    /** Folders (not files) that {@code .gitattributes} marks generated, e.g. {@code api/gen}. */
    public Set<String> attributedFolders(Kind kind) {
        Set<String> folders = new TreeSet<>();
        for (Rule rule : rules) {
            if (rule.kind == kind) {
                String pattern = rule.pattern.startsWith("/") ? rule.pattern.substring(1) : rule.pattern;
                if (pattern.endsWith("/**")) {
                    pattern = pattern.substring(0, pattern.length() - 3);
                } else if (pattern.endsWith("/")) {
                    pattern = pattern.substring(0, pattern.length() - 1);
                } else {
                    continue;
                }
                if (!pattern.isEmpty() && !pattern.contains("*")) {
                    folders.add(pattern);
                }
            }
        }
        return folders;
    }

    private Boolean attribute(String path, Kind yes, Kind no) {
        Boolean result = null;
        // Later lines win, as in git.
        for (Rule rule : rules) {
            if ((rule.kind == yes || rule.kind == no) && rule.regex.matcher(path).matches()) {
                result = rule.kind == yes;
            }
        }
        return result;
    }

    private static boolean hasFolder(String path, Set<String> names) {
        int start = 0;
        int slash;
        while ((slash = path.indexOf('/', start)) > 0) {
            if (names.contains(path.substring(start, slash).toLowerCase(Locale.ROOT))) {
                return true;
            }
            start = slash + 1;
        }
        return false;
    }

    /** A gitattributes pattern as a regular expression over relative paths. */
    static Pattern glob(String pattern) {
        boolean anchored = pattern.startsWith("/") || pattern.substring(0, pattern.length() - 1).contains("/");
        String body = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        if (body.endsWith("/")) {
            body = body + "**";
        }
        StringBuilder regex = new StringBuilder(anchored ? "" : "(?:.*/)?");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '*' && i + 1 < body.length() && body.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
                if (i + 1 < body.length() && body.charAt(i + 1) == '/') {
                    i++;
                    regex.append("/?");
                }
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // A folder pattern without a trailing /** still covers what is inside it.
        regex.append("(?:/.*)?");
        return Pattern.compile(regex.toString());
    }

    /** What a {@code .gitattributes} line says about matching paths. */
    public enum Kind { GENERATED, VENDORED, NOT_GENERATED, NOT_VENDORED }

    private record Rule(Pattern regex, Kind kind, String pattern) {
    }
}
