package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files the last ingest could not use or used only in part, read from the ingester's
 * bookkeeping: each descriptor file is a {@code :SourceFile} node (written by catalog-ingest's
 * state store) with its status, the refs it claims and its problems as JSON. Answers about a
 * repository or an entity show these, so a broken descriptor is never invisible.
 */
public final class IngestProblemQueries {

    /** Statuses of files whose problems answers show. */
    static final List<String> TROUBLED = List.of("FAILED", "PARTIAL");

    private static final String OF_REPOSITORIES = """
            MATCH (f:SourceFile)
            WHERE f.repository IN $repositories AND f.status IN $statuses
            RETURN f
            ORDER BY f.file
            LIMIT $limit
            """;

    private static final String ALL = """
            MATCH (f:SourceFile)
            WHERE f.status IN $statuses
            RETURN f
            ORDER BY f.repository, f.file
            LIMIT $limit
            """;

    private static final String COUNT = """
            MATCH (f:SourceFile)
            WHERE f.status IN $statuses
            RETURN count(f) AS total
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogDatabase database;

    public IngestProblemQueries(CatalogDatabase database) {
        this.database = database;
    }

    /** Failed or partial files of these repositories (by name, as entities' {@code repository} holds it). */
    public List<FileProblems> ofRepositories(Collection<String> repositories, int limit) {
        if (repositories.isEmpty()) {
            return List.of();
        }
        return database.read(tx -> tx.run(OF_REPOSITORIES, Map.of("repositories", List.copyOf(repositories),
                "statuses", TROUBLED, "limit", limit)).list(row -> files(row.get("f"))));
    }

    /** Failed or partial files of the whole catalog, by repository and file. */
    public List<FileProblems> all(int limit) {
        return database.read(tx -> tx.run(ALL, Map.of("statuses", TROUBLED, "limit", limit))
                .list(row -> files(row.get("f"))));
    }

    /** How many files are failed or partial. */
    public long count() {
        return database.read(tx -> tx.run(COUNT, Map.of("statuses", TROUBLED)).single().get("total").asLong());
    }

    private static FileProblems files(Value node) {
        List<FileProblems.FileProblem> problems = new java.util.ArrayList<>();
        String json = node.get("problems").asString("[]");
        for (JsonNode problem : JSON.readTree(json)) {
            problems.add(new FileProblems.FileProblem(text(problem, "severity"), text(problem, "rule"),
                    problem.hasNonNull("line") ? problem.get("line").asInt() : null, text(problem, "field"),
                    text(problem, "message")));
        }
        return new FileProblems(EntityMapping.text(node, "file"), EntityMapping.text(node, "repository"),
                node.get("status").asString(), node.get("claims").asList(Value::asString, List.of()),
                List.copyOf(problems));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
