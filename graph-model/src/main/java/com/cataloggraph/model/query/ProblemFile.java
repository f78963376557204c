package com.cataloggraph.model.query;

import java.util.List;

/**
 * A descriptor file whose last ingest found problems.
 *
 * @param location   the file's location ref, its key
 * @param file       the path reports name it by
 * @param repository the repository it belongs to
 * @param status     how its last processing went: {@code OK}, {@code PARTIAL}, {@code FAILED} or {@code VANISHED}
 * @param problems   its problems, in the order the ingester reported them
 * @param claims     canonical refs of the entities it defines in the graph
 */
public record ProblemFile(String location, String file, String repository, String status,
                          List<FileProblem> problems, List<String> claims) {

    /** What happened to the file's entities, in words. */
    public String outcome() {
        String entities = claims.size() == 1 ? "1 entity" : claims.size() + " entities";
        return "FAILED".equals(status)
                ? (claims.isEmpty() ? "not used; no entity from it is in the catalog"
                        : "not used; the catalog kept the " + entities + " of its last good version")
                : "partly used; the catalog holds " + entities + " from it";
    }
}
