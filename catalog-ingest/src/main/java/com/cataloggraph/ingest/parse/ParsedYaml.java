package com.cataloggraph.ingest.parse;

import com.cataloggraph.ingest.emit.IngestProblem;
import java.util.List;

/**
 * A descriptor's documents, or the file-level problems that stopped it from being read. Backstage
 * semantics: with any such problem, none of the file's documents is used.
 *
 * @param documents the non-empty documents, each an object (empty when {@code problems} is not)
 * @param problems  YAML syntax, encoding, limit or non-object-root problems
 */
public record ParsedYaml(List<YamlDocument> documents, List<IngestProblem> problems) {

    public ParsedYaml {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public boolean failed() {
        return !problems.isEmpty();
    }
}
