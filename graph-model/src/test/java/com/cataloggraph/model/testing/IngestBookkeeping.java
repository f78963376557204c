package com.cataloggraph.model.testing;

import com.cataloggraph.model.ref.RepositoryName;
import com.cataloggraph.model.store.CatalogDatabase;
import java.util.List;
import java.util.Map;

/**
 * Writes the ingester's {@code :SourceFile} bookkeeping as catalog-ingest's state store does (its
 * problems as JSON of IngestProblem records), for tests of what answers show about ingest problems
 * without running an ingest.
 */
public final class IngestBookkeeping {

    private static final String WRITE_FILE = """
            MERGE (f:SourceFile {location: $location})
            SET f.source = 'repos', f.file = $file, f.repository = $repository,
                f.repositoryName = $repositoryName, f.status = $status,
                f.claims = $claims, f.problems = $problems, f.errors = $errors
            """;

    private IngestBookkeeping() {
    }

    /**
     * @param status   OK, PARTIAL, FAILED or VANISHED
     * @param claims   refs the file defines in the graph
     * @param problems JSON array of problems: severity, rule, file, document, line, field, value, message
     */
    public static void sourceFile(CatalogDatabase database, String file, String repository, String status,
                                  List<String> claims, String problems) {
        database.writeStatement(WRITE_FILE, Map.of("location", "file:/repos/" + file, "file", file,
                "repository", repository, "repositoryName", RepositoryName.key(repository), "status", status, "claims", claims, "problems", problems,
                "errors", problems.contains("\"ERROR\"") ? 1L : 0L));
    }

    /** One error problem as the state store writes it. */
    public static String error(String file, Integer line, String field, String rule, String message) {
        return "{\"severity\":\"ERROR\",\"rule\":\"" + rule + "\",\"file\":\"" + file + "\",\"document\":null,\"line\":"
                + line + ",\"field\":" + (field == null ? "null" : "\"" + field + "\"") + ",\"value\":null,"
                + "\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
    }
}
