package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the last ingest found wrong, read from the {@code :SourceFile} nodes the ingester keeps per
 * descriptor file ({@code location}, {@code file}, {@code repository}, {@code status}, {@code claims},
 * and {@code problems} as a JSON list): the files with problems, a page at a time, and the problems of
 * the file each entity came from.
 */
public final class IngestProblemQueries {

    private static final String PREFIX = "cgp1:";
    private static final String NO_PROBLEMS = "[]";

    /** {@code $needle} narrows to files mentioning a rule; the exact check is made on the parsed problems. */
    private static final String FILES = """
            MATCH (f:SourceFile)
            WHERE f.problems <> $none AND f.location > $after
              AND ($needle IS NULL OR f.problems CONTAINS $needle)
            RETURN f.location AS location, f.file AS file, f.repository AS repository, f.status AS status,
                   f.problems AS problems, f.claims AS claims
            ORDER BY location
            LIMIT $limit
            """;

    private static final String COUNT = """
            MATCH (f:SourceFile)
            WHERE f.problems <> $none AND ($needle IS NULL OR f.problems CONTAINS $needle)
            RETURN count(f) AS total
            """;

    /** Statuses of files whose problems answers about a repository show. */
    static final List<String> TROUBLED = List.of("FAILED", "PARTIAL");

    static final String OF_REPOSITORIES = """
            MATCH (f:SourceFile)
            WHERE f.repository IN $repositories AND f.status IN $statuses
            RETURN f.location AS location, f.file AS file, f.repository AS repository, f.status AS status,
                   f.problems AS problems, f.claims AS claims
            ORDER BY f.file
            LIMIT $limit
            """;

    private static final String OF_ENTITIES = """
            UNWIND $refs AS ref
            MATCH (n:Entity {ref: ref})
            MATCH (f:SourceFile {location: n.sourceLocation})
            WHERE f.problems <> $none
            RETURN ref, f.problems AS problems
            """;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final CatalogDatabase database;

    public IngestProblemQueries(CatalogDatabase database) {
        this.database = database;
    }

    /**
     * Files with problems, ordered by location, {@code limit} at a time.
     *
     * @param rule   only problems under this rule id (and only files that have one), or null for all
     * @param cursor a previous page's {@code nextCursor}, or null for the first page
     * @throws InvalidCursorException when the cursor was not made by this listing
     */
    public Page<ProblemFile> files(String rule, int limit, String cursor) {
        Map<String, Object> params = parameters(rule);
        params.put("after", Cursors.decode(cursor, PREFIX + rule));
        params.put("limit", limit + 1);
        List<ProblemFile> rows = database.read(tx -> tx.run(FILES, params).list(row -> file(row.get("location"),
                row.get("file"), row.get("repository"), row.get("status"), problems(row.get("problems"), rule),
                row.get("claims"))));
        List<ProblemFile> matching = rows.stream().filter(file -> !file.problems().isEmpty()).toList();
        if (rows.size() <= limit) {
            return new Page<>(matching, null);
        }
        List<ProblemFile> page = rows.subList(0, limit).stream().filter(file -> !file.problems().isEmpty()).toList();
        return new Page<>(page, Cursors.encode(PREFIX + rule, rows.get(limit - 1).location()));
    }

    /** How many files have problems (under {@code rule}, when given). */
    public long countFiles(String rule) {
        return database.read(tx -> tx.run(COUNT, parameters(rule)).single().get("total").asLong());
    }

    /** Failed or partly used files of these repositories (by name, as entities' {@code repository} holds it). */
    public List<ProblemFile> ofRepositories(Collection<String> repositories, int limit) {
        if (repositories.isEmpty()) {
            return List.of();
        }
        return database.read(tx -> tx.run(OF_REPOSITORIES, Map.of("repositories", List.copyOf(repositories),
                "statuses", TROUBLED, "limit", limit)).list(row -> file(row.get("location"), row.get("file"),
                row.get("repository"), row.get("status"), problems(row.get("problems"), null), row.get("claims"))));
    }

    /**
     * The problems of the descriptor file each entity was read from, keyed by ref; entities whose file had none
     * (and placeholders, which have no file) are absent.
     */
    public Map<String, List<FileProblem>> ofEntities(Collection<String> refs) {
        if (refs.isEmpty()) {
            return Map.of();
        }
        return database.read(tx -> {
            Map<String, List<FileProblem>> result = new HashMap<>();
            tx.run(OF_ENTITIES, Map.of("refs", List.copyOf(refs), "none", NO_PROBLEMS)).forEachRemaining(row ->
                    result.put(row.get("ref").asString(), problems(row.get("problems"), null)));
            return result;
        });
    }

    private static Map<String, Object> parameters(String rule) {
        Map<String, Object> params = new HashMap<>();
        params.put("none", NO_PROBLEMS);
        params.put("needle", rule == null || rule.isBlank() ? null : "\"rule\":\"" + rule + "\"");
        return params;
    }

    private static ProblemFile file(Value location, Value file, Value repository, Value status,
                                    List<FileProblem> problems, Value claims) {
        return new ProblemFile(location.asString(), file.asString(null), repository.asString(null),
                status.asString(null), problems, claims.isNull() ? List.of() : claims.asList(Value::asString));
    }

    private static List<FileProblem> problems(Value json, String rule) {
        if (json == null || json.isNull()) {
            return List.of();
        }
        List<FileProblem> all = JSON.readValue(json.asString(), new TypeReference<ArrayList<FileProblem>>() { });
        return rule == null || rule.isBlank() ? List.copyOf(all)
                : all.stream().filter(problem -> rule.equals(problem.rule())).toList();
    }
}
