package com.cataloggraph.ingest.parse;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars with the YAML 1.2 core schema, as Backstage's parser does, instead of
 * SnakeYAML's YAML 1.1 defaults: {@code on}, {@code yes}, {@code NO} stay strings, dates stay
 * strings, {@code 010} is ten and {@code <<} is an ordinary key. A lifecycle of {@code yes} or a
 * country tag of {@code no} therefore means what the author typed.
 */
final class CoreSchemaResolver extends Resolver {

    static final Pattern NULL = Pattern.compile("^(?:~|null|Null|NULL|)$");
    static final Pattern BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    static final Pattern INT = Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
    static final Pattern FLOAT = Pattern.compile(
            "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
        addImplicitResolver(Tag.INT, INT, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
    }
}
