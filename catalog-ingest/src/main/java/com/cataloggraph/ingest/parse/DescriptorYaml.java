package com.cataloggraph.ingest.parse;

import com.cataloggraph.ingest.emit.IngestProblem;
import com.cataloggraph.ingest.emit.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML safely: SnakeYAML only composes nodes (no constructor ever runs, so no tag can
 * create an object), aliases, nesting and document size are bounded, scalars follow the YAML 1.2
 * core schema, and every failure is a result with a line number rather than an exception.
 * Thread-safe: each call builds its own parser.
 */
public final class DescriptorYaml {

    private final YamlLimits limits;

    public DescriptorYaml(YamlLimits limits) {
        this.limits = limits;
    }

    /** The documents of a descriptor file; empty documents (a trailing {@code ---}) are skipped. */
    public ParsedYaml parseDescriptor(byte[] bytes, String file) {
        String text;
        try {
            text = Utf8Text.decode(bytes);
        } catch (Utf8Text.NotUtf8Exception e) {
            return failure(IngestProblem.error(Rule.NOT_UTF8, file, null, e.line(), null,
                    "0x%02X".formatted(e.badByte()), e.getMessage()));
        }
        List<YamlDocument> documents = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        Reading reading = new Reading(text);
        int index = 0;
        while (true) {
            Node node;
            try {
                if (!reading.composer.checkNode()) {
                    break;
                }
                index++;
                node = reading.composer.getNode();
            } catch (YAMLException e) {
                problems.add(yamlError(e, file, index == 0 ? 1 : index, reading));
                break;
            }
            int line = node.getStartMark().getLine() + 1;
            Object content;
            try {
                content = new NodeValues(limits).convert(node);
            } catch (YamlProblemException e) {
                problems.add(IngestProblem.error(e.rule(), file, index, e.line(), null, null, e.getMessage()));
                continue;
            }
            if (content == null) {
                continue;
            }
            if (!(content instanceof Map<?, ?>)) {
                problems.add(IngestProblem.error(Rule.DOCUMENT_NOT_OBJECT, file, index, line, null,
                        String.valueOf(content), "the document's root must be an object with apiVersion, kind, "
                                + "metadata and spec, but it is " + describe(content)));
                continue;
            }
            documents.add(new YamlDocument(index, line, content, node));
        }
        return problems.isEmpty() ? new ParsedYaml(documents, List.of()) : failure(problems);
    }

    /** A data file read by a {@code $yaml} placeholder: exactly one document, of any shape. */
    public Object parseData(String text) throws YamlProblemException {
        Reading reading = new Reading(text);
        List<Node> nodes = new ArrayList<>();
        try {
            while (reading.composer.checkNode()) {
                nodes.add(reading.composer.getNode());
            }
        } catch (YAMLException e) {
            IngestProblem problem = yamlError(e, null, nodes.size() + 1, reading);
            throw new YamlProblemException(problem.rule(), problem.line(), problem.message());
        }
        if (nodes.size() != 1) {
            throw new YamlProblemException(Rule.YAML_SYNTAX, null,
                    "expected exactly one YAML document but found " + nodes.size());
        }
        return new NodeValues(limits).convert(nodes.getFirst());
    }

    private ParsedYaml failure(IngestProblem problem) {
        return failure(List.of(problem));
    }

    private static ParsedYaml failure(List<IngestProblem> problems) {
        return new ParsedYaml(List.of(), problems);
    }

    private static IngestProblem yamlError(YAMLException e, String file, int document, Reading reading) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String problem = marked.getProblem() == null ? marked.getMessage() : marked.getProblem();
            int line = marked.getProblemMark().getLine() + 1;
            String context = "";
            if (marked.getContext() != null) {
                // An unclosed quote is found far below where it opened: say where that was.
                int started = marked.getContextMark() == null ? line : marked.getContextMark().getLine() + 1;
                context = marked.getContext() + (started == line ? "" : " started on line " + started) + ": ";
            }
            return IngestProblem.error(Rule.YAML_SYNTAX, file, document, line, null, null, "YAML syntax error: "
                    + context + problem + " (column " + (marked.getProblemMark().getColumn() + 1) + ")");
        }
        // Limits (aliases, nesting, code points) are reported without a mark; the reader knows where it stopped.
        return IngestProblem.error(Rule.YAML_LIMIT, file, document, reading.reader.getLine() + 1, null, null,
                "YAML refused: " + e.getMessage());
    }

    private static String describe(Object content) {
        return switch (content) {
            case List<?> list -> "a list";
            case String text -> "a string";
            case Number number -> "a number";
            case Boolean bool -> "a boolean";
            default -> content.getClass().getSimpleName();
        };
    }

    /** One pass over one text: the reader (for positions) and the composer on top of it. */
    private final class Reading {
        final StreamReader reader;
        final Composer composer;

        Reading(String text) {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(limits.maxAliases());
            options.setNestingDepthLimit(limits.maxDepth());
            options.setCodePointLimit(limits.maxCodePoints());
            options.setAllowRecursiveKeys(false);
            options.setAllowDuplicateKeys(true); // detected in NodeValues, with the key's line
            options.setProcessComments(false);
            reader = new StreamReader(text);
            composer = new Composer(new ParserImpl(reader, options), new CoreSchemaResolver(), options);
        }
    }
}
