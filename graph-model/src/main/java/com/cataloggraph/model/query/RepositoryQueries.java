package com.cataloggraph.model.query;

import static com.cataloggraph.model.query.EntityMapping.summaryOf;

import com.cataloggraph.model.store.CatalogDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a repository's entities from however the repository was named (see {@link RepositoryLocator}): candidates
 * are sought by the name key of the stored repository or URL ({@code repositoryName}, {@code repositoryUrlName},
 * indexed), kept when their repository or URL ends with the folder name, then ranked in Java by how closely their
 * stored repository and URL match, so URL spellings never have to agree.
 */
public final class RepositoryQueries {

    static final String CANDIDATES = """
            MATCH (n:Entity)
            WHERE (n.repositoryName = $key OR n.repositoryUrlName = $key)
              AND (toLower(n.repository) IN $names
                   OR any(s IN $suffixes WHERE toLower(n.repositoryUrl) ENDS WITH s OR toLower(n.repository) ENDS WITH s))
            RETURN n.repository AS repository, n.repositoryUrl AS repositoryUrl, %s AS entity
            ORDER BY n.ref
            """.formatted(summaryOf("n"));

    /**
     * Repositories the ingester read files from, including those none of whose files gave an entity (every
     * descriptor failed): their answer is the failed files, not "no such repository".
     */
    static final String FILE_REPOSITORIES = """
            MATCH (f:SourceFile)
            WHERE f.repositoryName = $key
              AND (toLower(f.repository) IN $names OR any(s IN $suffixes WHERE toLower(f.repository) ENDS WITH s))
            RETURN DISTINCT f.repository AS repository
            """;

    private final CatalogDatabase database;

    public RepositoryQueries(CatalogDatabase database) {
        this.database = database;
    }

    /**
     * The repositories that best match the locator, each with its entities (by ref): one when
     * the name is unambiguous, several when only equally good matches exist, none when nothing
     * matches. A repository whose descriptors all failed matches with no entities.
     */
    public List<RepositoryMatch> find(RepositoryLocator locator) {
        Map<String, Object> params = parameters(locator);
        // Built inside the transaction function: the driver may retry it.
        Map<List<String>, List<EntitySummary>> byRepository = database.read(tx -> {
            Map<List<String>, List<EntitySummary>> rows = new LinkedHashMap<>();
            tx.run(CANDIDATES, params).forEachRemaining(row -> {
                List<String> key = new ArrayList<>(2);
                key.add(row.get("repository").isNull() ? null : row.get("repository").asString());
                key.add(row.get("repositoryUrl").isNull() ? null : row.get("repositoryUrl").asString());
                rows.computeIfAbsent(key, k -> new ArrayList<>()).add(EntityMapping.summary(row.get("entity")));
            });
            tx.run(FILE_REPOSITORIES, params).forEachRemaining(row -> {
                String repository = row.get("repository").asString(null);
                if (repository != null && rows.keySet().stream().noneMatch(k -> repository.equals(k.get(0)))) {
                    List<String> key = new ArrayList<>(2);
                    key.add(repository);
                    key.add(null);
                    rows.put(key, new ArrayList<>());
                }
            });
            return rows;
        });
        List<RepositoryMatch> matches = byRepository.entrySet().stream()
                .map(e -> new RepositoryMatch(e.getKey().get(0), e.getKey().get(1),
                        locator.match(e.getKey().get(0), e.getKey().get(1)), List.copyOf(e.getValue())))
                .filter(m -> m.match() != RepositoryLocator.Match.NONE)
                .sorted(Comparator.comparing(RepositoryMatch::match))
                .toList();
        if (matches.isEmpty()) {
            return List.of();
        }
        RepositoryLocator.Match best = matches.getFirst().match();
        return matches.stream().filter(m -> m.match() == best).toList();
    }

    /** The name key to seek, and the folder name the stored repository or URL must be or end with. */
    static Map<String, Object> parameters(RepositoryLocator locator) {
        String name = locator.name();
        return Map.of("key", locator.nameKey(), "names", List.of(locator.path(), name),
                "suffixes", List.of("/" + name, "/" + name + ".git", ":" + name, ":" + name + ".git"));
    }
}
