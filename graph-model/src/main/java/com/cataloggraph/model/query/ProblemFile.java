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
}
