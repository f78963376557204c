package com.cataloggraph.agentsmd.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML files of a checkout safely (no types, bounded aliases and size). Custom tags such as
 * GitLab's {@code !reference} are read as plain values instead of failing the file.
 */
final class YamlFiles {

    private YamlFiles() {
    }

    static Optional<Map<Object, Object>> readMap(RepositoryTree tree, String file, List<AnalysisProblem> problems) {
        Optional<String> text = tree.read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object document = yaml().load(text.get());
            if (document instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<Object, Object> result = (Map<Object, Object>) map;
                return Optional.of(result);
            }
            if (document != null) {
                problems.add(new AnalysisProblem(file, 1, "expected a YAML mapping at the top"));
            }
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(new AnalysisProblem(file, line, "not valid YAML: " + e.getProblem()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(new AnalysisProblem(file, 0, "not valid YAML: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(100);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(2 * 1024 * 1024);
        options.setAllowDuplicateKeys(true);
        return new Yaml(new LenientConstructor(options));
    }

    /** Safe construction, with unknown tags read as the plain scalar, list or map they tag. */
    private static final class LenientConstructor extends SafeConstructor {

        LenientConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return switch (node) {
                        case ScalarNode scalar -> constructScalar(scalar);
                        case SequenceNode sequence -> constructSequence(sequence);
                        case MappingNode mapping -> constructMapping(mapping);
                        default -> null;
                    };
                }
            });
        }
    }
}
