package com.cataloggraph.model.query;

/**
 * Where a stored entity was read from, down to its lines, and which version of the file that was.
 *
 * @param repository the repository's folder name or slug
 * @param file       the descriptor's path, relative to the ingest root
 * @param document   the document inside the file, from 1; null when not recorded
 * @param line       the document's first line, from 1; null when not recorded
 * @param endLine    the document's last line; null when not recorded
 * @param commit     the commit the file was read at, when the source knew it
 * @param hash       SHA-256 of the file's bytes as read
 * @param url        the file's web page at that commit (or branch), without a line anchor; null when unknown
 * @param via        the Location target that led to the file ({@code org/all.yaml:12}), or null
 * @param readAt     when this version was read and written (ISO-8601)
 */
public record EntitySource(String repository, String file, Integer document, Integer line, Integer endLine,
                           String commit, String hash, String url, String via, String readAt) {

    /** {@code file:line}, the compact form answers cite; just the file when the line is not recorded. */
    public String citation() {
        return line == null ? file : file + ":" + line;
    }

    /** {@code file:line-endLine}, the whole document. */
    public String span() {
        return line == null ? file : endLine == null || endLine.equals(line) ? citation()
                : file + ":" + line + "-" + endLine;
    }

    /** The web page at a line of this file ({@code ...#L14}), or null when the page is not known. */
    public String urlAt(Integer atLine) {
        return url == null ? null : atLine == null ? url : url + "#L" + atLine;
    }
}
