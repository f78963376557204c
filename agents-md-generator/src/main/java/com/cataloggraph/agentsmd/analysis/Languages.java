package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Languages by file extension and bytes, counting only the repository's own code and markup
 * (not data, prose, generated or vendored files), largest first.
 */
final class Languages {

    /** Shares below this many tenths of a percent are left out. */
    static final int MIN_PERMILLE = 10;

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("java", "Java"), Map.entry("kt", "Kotlin"), Map.entry("kts", "Kotlin"),
            Map.entry("scala", "Scala"), Map.entry("groovy", "Groovy"), Map.entry("clj", "Clojure"),
            Map.entry("go", "Go"), Map.entry("rs", "Rust"), Map.entry("py", "Python"), Map.entry("pyi", "Python"),
            Map.entry("js", "JavaScript"), Map.entry("mjs", "JavaScript"), Map.entry("cjs", "JavaScript"),
            Map.entry("jsx", "JavaScript"), Map.entry("ts", "TypeScript"), Map.entry("tsx", "TypeScript"),
            Map.entry("mts", "TypeScript"), Map.entry("cts", "TypeScript"), Map.entry("vue", "Vue"),
            Map.entry("svelte", "Svelte"), Map.entry("rb", "Ruby"), Map.entry("php", "PHP"), Map.entry("cs", "C#"),
            Map.entry("fs", "F#"), Map.entry("c", "C"), Map.entry("h", "C"), Map.entry("cc", "C++"),
            Map.entry("cpp", "C++"), Map.entry("cxx", "C++"), Map.entry("hpp", "C++"), Map.entry("hh", "C++"),
            Map.entry("m", "Objective-C"), Map.entry("mm", "Objective-C++"), Map.entry("swift", "Swift"),
            Map.entry("dart", "Dart"), Map.entry("ex", "Elixir"), Map.entry("exs", "Elixir"),
            Map.entry("erl", "Erlang"), Map.entry("hs", "Haskell"), Map.entry("lua", "Lua"), Map.entry("r", "R"),
            Map.entry("pl", "Perl"), Map.entry("sh", "Shell"), Map.entry("bash", "Shell"), Map.entry("zsh", "Shell"),
            Map.entry("ps1", "PowerShell"), Map.entry("sql", "SQL"), Map.entry("html", "HTML"),
            Map.entry("css", "CSS"), Map.entry("scss", "SCSS"), Map.entry("less", "Less"),
            Map.entry("tf", "HCL"), Map.entry("hcl", "HCL"), Map.entry("proto", "Protocol Buffers"),
            Map.entry("bzl", "Starlark"), Map.entry("graphql", "GraphQL"), Map.entry("gql", "GraphQL"),
            Map.entry("zig", "Zig"), Map.entry("nix", "Nix"), Map.entry("ml", "OCaml"), Map.entry("jl", "Julia"));

    private Languages() {
    }

    static List<LanguageShare> of(RepositoryTree tree, ContentFilter filter) {
        Map<String, Long> bytes = new TreeMap<>();
        long total = 0;
        for (String path : tree.files().keySet()) {
            String language = languageOf(path);
            if (language == null || !filter.own(path)) {
                continue;
            }
            long size = tree.size(path);
            if (size > 0) {
                bytes.merge(language, size, Long::sum);
                total += size;
            }
        }
        List<LanguageShare> shares = new ArrayList<>();
        for (Map.Entry<String, Long> entry : bytes.entrySet()) {
            int permille = (int) ((entry.getValue() * 1000 + total / 2) / total);
            if (permille >= MIN_PERMILLE) {
                shares.add(new LanguageShare(entry.getKey(), entry.getValue(), permille));
            }
        }
        shares.sort(Comparator.comparingLong(LanguageShare::bytes).reversed().thenComparing(LanguageShare::language));
        return shares;
    }

    static String languageOf(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        return BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
