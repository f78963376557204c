package com.cataloggraph.model.explain;

import com.cataloggraph.model.entity.DeclarationSite;
import com.cataloggraph.model.explain.Explanation.Claim;
import com.cataloggraph.model.explain.Explanation.Orphaning;
import com.cataloggraph.model.explain.Explanation.Problem;
import com.cataloggraph.model.explain.Explanation.Referrer;
import com.cataloggraph.model.explain.Explanation.Rejection;
import com.cataloggraph.model.store.CatalogDatabase;
import com.cataloggraph.model.vocabulary.RelationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Explains an entity from what the graph keeps about it: the declarations pointing at a placeholder, the
 * ingest state of its descriptor ({@code :SourceFile}: status and problems, kept by the ingester), when it
 * became an orphan, and the files whose definition of the same ref lost.
 */
public final class Explanations {

    /** Declarations listed for a placeholder; the count covers all. */
    public static final int REFERRER_LIMIT = 5;

    /**
     * The entity, its descriptor's ingest state ({@code :SourceFile}, one index seek on its unique location) and
     * the problems of the files whose definition of the same ref lost (conflict losers retry on every run, index
     * {@code source_file_retry}; their problems name the ref they lost): one statement.
     */
    private static final String ENTITY = """
            MATCH (n:Entity {ref: $ref})
            OPTIONAL MATCH (f:SourceFile {location: n.sourceLocation})
            RETURN n.missing AS missing, n.orphan AS orphan, n.orphanedAt AS orphanedAt, n.orphanedRun AS orphanedRun,
                   n.sourceLocation AS location, n.sourceFile AS file, n.sourceDocument AS document,
                   n.updatedAt AS updatedAt, f IS NOT NULL AS sourceFileFound, f.status AS sourceFileStatus,
                   f.problems AS sourceFileProblems, f.file AS sourceFileFile,
                   COLLECT { MATCH (l:SourceFile) WHERE l.retry = true AND l.problems CONTAINS $quoted
                             RETURN l.problems } AS losers
            """;

    private static final String DECLARATIONS_AT = """
            MATCH (n:Entity {ref: $ref})-[r]-(m:Entity)
            RETURN startNode(r).ref AS source, type(r) AS type, endNode(r).ref AS target,
                   r.declaredBy AS by, coalesce(r.declaredAt, []) AS at
            ORDER BY m.ref
            """;

    private static final String DUPLICATE_REF = "duplicate-ref";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogDatabase database;

    public Explanations(CatalogDatabase database) {
        this.database = database;
    }

    /** The explanation of the entity with this canonical ref, or empty when no such entity is stored. */
    public Optional<Explanation> explain(String ref) {
        return database.read(tx -> explain(tx, ref));
    }

    /** Explanations of many entities in one transaction (for a page of them), by ref; unknown refs are absent. */
    public Map<String, Explanation> explainAll(Collection<String> refs) {
        return database.read(tx -> {
            Map<String, Explanation> explained = new LinkedHashMap<>();
            for (String ref : refs) {
                explain(tx, ref).ifPresent(explanation -> explained.put(ref, explanation));
            }
            return explained;
        });
    }

    private static Optional<Explanation> explain(TransactionContext tx, String ref) {
        List<Record> rows = tx.run(ENTITY, Map.of("ref", ref, "quoted", "\"" + ref + "\"")).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record entity = rows.getFirst();
        boolean missing = entity.get("missing").asBoolean(false);
        List<Referrer> referrers = new ArrayList<>();
        long references = 0;
        if (missing) {
            for (Record relation : tx.run(DECLARATIONS_AT, Map.of("ref", ref)).list()) {
                List<String> by = relation.get("by").asList(Value::asString, List.of());
                List<String> at = relation.get("at").asList(Value::asString, List.of());
                RelationType type = RelationType.valueOf(relation.get("type").asString());
                for (int i = 0; i < by.size(); i++) {
                    references++;
                    if (referrers.size() < REFERRER_LIMIT) {
                        boolean fromSource = by.get(i).equals(relation.get("source").asString());
                        referrers.add(new Referrer(by.get(i), type.nameFrom(fromSource),
                                i < at.size() ? DeclarationSite.parse(at.get(i)) : null));
                    }
                }
            }
        }
        Orphaning orphaned = entity.get("orphan").asBoolean(false) ? new Orphaning(
                text(entity.get("orphanedAt")), text(entity.get("orphanedRun")), text(entity.get("file"))) : null;
        Rejection rejected = missing ? null : rejection(entity);
        List<Claim> claims = claims(entity.get("losers").asList(value -> value), ref);
        return Optional.of(new Explanation(ref, List.copyOf(referrers), references, rejected, orphaned, claims));
    }

    /** The errors of its descriptor that kept this entity as it was: the whole file's, or its document's. */
    private static Rejection rejection(Record entity) {
        if (text(entity.get("location")) == null || !entity.get("sourceFileFound").asBoolean()) {
            return null;
        }
        String status = text(entity.get("sourceFileStatus"));
        Integer document = entity.get("document").isNull() ? null : entity.get("document").asInt();
        List<Problem> problems = problems(entity.get("sourceFileProblems")).stream()
                .filter(problem -> "ERROR".equals(problem.get("severity")))
                .filter(problem -> "FAILED".equals(status) || "PARTIAL".equals(status) && document != null
                        && Objects.equals(integer(problem.get("document")), document))
                .map(Explanations::problem).toList();
        return problems.isEmpty() ? null
                : new Rejection(text(entity.get("sourceFileFile")), status, problems, text(entity.get("updatedAt")));
    }

    private static List<Claim> claims(List<Value> losers, String ref) {
        List<Claim> claims = new ArrayList<>();
        for (Value loser : losers) {
            for (Map<String, Object> problem : problems(loser)) {
                if (DUPLICATE_REF.equals(problem.get("rule")) && ref.equals(problem.get("value"))) {
                    claims.add(new Claim((String) problem.get("file"), integer(problem.get("document")),
                            integer(problem.get("line"))));
                }
            }
        }
        return List.copyOf(claims);
    }

    private static List<Map<String, Object>> problems(Value json) {
        String text = text(json);
        return text == null ? List.of() : JSON.readValue(text, new TypeReference<List<Map<String, Object>>>() { });
    }

    private static Problem problem(Map<String, Object> problem) {
        return new Problem((String) problem.get("rule"), (String) problem.get("file"), integer(problem.get("document")),
                integer(problem.get("line")), (String) problem.get("field"), (String) problem.get("message"));
    }

    private static Integer integer(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
