package com.cataloggraph.agentsmd.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conventions stated in files: {@code .editorconfig} defaults, the formatters and linters
 * configured, commit message rules, pre-commit hooks and pinned tool versions.
 */
final class ConventionReader {

    /** Config file (or prefix ending in '*') to the tool it configures, in display order. */
    private static final Map<String, String> TOOL_CONFIGS = linked(
            ".prettierrc*", "Prettier", "prettier.config.*", "Prettier", ".eslintrc*", "ESLint",
            "eslint.config.*", "ESLint", "biome.json*", "Biome", ".stylelintrc*", "Stylelint",
            "rustfmt.toml", "rustfmt", ".rustfmt.toml", "rustfmt", "clippy.toml", "Clippy",
            ".golangci.*", "golangci-lint", "ruff.toml", "Ruff", ".ruff.toml", "Ruff", ".flake8", "flake8",
            ".clang-format", "clang-format", ".scalafmt.conf", "scalafmt", "checkstyle.xml", "Checkstyle",
            "config/checkstyle/checkstyle.xml", "Checkstyle", ".markdownlint*", "markdownlint",
            ".swiftlint.yml", "SwiftLint", ".rubocop.yml", "RuboCop");
    private static final List<String> COMMITLINT = List.of("commitlint.config.", ".commitlintrc");

    private ConventionReader() {
    }

    static List<Convention> read(RepositoryTree tree) {
        List<Convention> conventions = new ArrayList<>();
        editorConfig(tree).ifPresent(conventions::add);
        List<String> tools = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> config : TOOL_CONFIGS.entrySet()) {
            for (String file : matching(tree, config.getKey())) {
                if (!tools.contains(config.getValue())) {
                    tools.add(config.getValue());
                    files.add(file);
                }
            }
        }
        if (!tools.isEmpty()) {
            conventions.add(new Convention("code style is enforced by " + String.join(", ", tools), files));
        }
        for (String file : tree.filesIn("")) {
            if (COMMITLINT.stream().anyMatch(file::startsWith)) {
                conventions.add(new Convention("commit messages follow Conventional Commits, checked by commitlint", file));
                break;
            }
        }
        if (tree.exists(".pre-commit-config.yaml")) {
            conventions.add(new Convention("run `pre-commit run --all-files` before committing",
                    ".pre-commit-config.yaml"));
        }
        tree.read(".tool-versions").ifPresent(text -> {
            // asdf's format: "tool version [version...]" per line.
            List<String> pins = text.lines().map(String::strip).filter(l -> l.matches("[A-Za-z0-9_.-]+\\s+[^\\s=#]+.*"))
                    .map(l -> l.replaceAll("\\s+", " ")).limit(6).toList();
            if (!pins.isEmpty()) {
                conventions.add(new Convention("tool versions are pinned: " + String.join(", ", pins), ".tool-versions"));
            }
        });
        tree.read(".sdkmanrc").ifPresent(text -> text.lines().map(String::strip)
                .filter(l -> l.startsWith("java=")).findFirst()
                .ifPresent(l -> conventions.add(new Convention("Java " + l.substring(5) + " (SDKMAN!)", ".sdkmanrc"))));
        tree.read(".java-version").map(String::strip).filter(v -> !v.isEmpty())
                .ifPresent(v -> conventions.add(new Convention("Java " + v, ".java-version")));
        return conventions;
    }

    private static java.util.Optional<Convention> editorConfig(RepositoryTree tree) {
        return tree.read(".editorconfig").flatMap(text -> {
            Map<String, String> defaults = new LinkedHashMap<>();
            boolean inAll = false;
            for (String line : text.lines().map(String::strip).toList()) {
                if (line.startsWith("[")) {
                    inAll = line.equals("[*]");
                } else if (inAll && line.contains("=")) {
                    defaults.put(line.substring(0, line.indexOf('=')).strip().toLowerCase(java.util.Locale.ROOT),
                            line.substring(line.indexOf('=') + 1).strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
            List<String> parts = new ArrayList<>();
            String style = defaults.get("indent_style");
            String size = defaults.get("indent_size");
            if ("tab".equals(style)) {
                parts.add("indent with tabs");
            } else if (size != null && size.matches("\\d+")) {
                parts.add("indent with " + size + " spaces");
            }
            if (defaults.containsKey("end_of_line")) {
                parts.add(defaults.get("end_of_line").toUpperCase(java.util.Locale.ROOT) + " line endings");
            }
            if ("true".equals(defaults.get("insert_final_newline"))) {
                parts.add("final newline");
            }
            return parts.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(new Convention(String.join(", ", parts), ".editorconfig"));
        });
    }

    private static List<String> matching(RepositoryTree tree, String pattern) {
        if (!pattern.endsWith("*")) {
            return tree.exists(pattern) ? List.of(pattern) : List.of();
        }
        String prefix = pattern.substring(0, pattern.length() - 1);
        return tree.filesIn("").stream().filter(file -> file.startsWith(prefix)).limit(1).toList();
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
