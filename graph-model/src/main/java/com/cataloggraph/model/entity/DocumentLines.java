package com.cataloggraph.model.entity;

/**
 * One YAML document of a descriptor file and the lines it spans.
 *
 * @param document  its position in the file, from 1
 * @param startLine its first line, from 1
 * @param endLine   its last line, from 1 (at least {@code startLine})
 */
public record DocumentLines(int document, int startLine, int endLine) {

    public DocumentLines {
        if (document < 1 || startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("document " + document + ", lines " + startLine + "-" + endLine
                    + ": expected a document from 1 and lines from 1 with the end not before the start");
        }
    }
}
