package com.cataloggraph.model.query;

import com.cataloggraph.model.store.CatalogDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs Cypher written by people and agents, read-only and bounded. Before anything runs, the
 * query is planned with {@code EXPLAIN} and refused unless the planner says it only reads and
 * its plan calls no file access ({@code LOAD CSV}) and no procedure outside a short list of
 * read-only catalog procedures; then Neo4j's own grammar parses it and expressions whose work
 * the timeout could not stop are refused ({@link ExpressionLoops}). It then runs in the read
 * transaction it was planned in (the database refuses writes there too; one transaction, with a
 * timeout, per query), pulling few records at a time, and stops at the row cap or at the size cap,
 * whichever comes first.
 */
public final class ReadOnlyCypher {

    /** Longer query texts are refused unread: a query is a question, not a data upload. */
    public static final int MAX_QUERY_CHARS = 100_000;
    /** The size cap when a caller names none: characters of the rows' JSON form, roughly. */
    public static final long DEFAULT_MAX_CHARS = 16_000_000;
    /** Records the driver holds ahead of the reader, so one read never buffers many large rows. */
    private static final long FETCH_SIZE = 50;

    /** Procedures that only read the graph's own data and schema. */
    static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.index.fulltext.querynodes", "db.labels", "db.relationshiptypes", "db.propertykeys",
            "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties");

    /** Commands that describe the catalog's own schema; others (transactions, settings, users) are admin. */
    static final Set<String> ALLOWED_COMMANDS = Set.of("showindexes", "showconstraints");

    private static final Pattern PROCEDURE_NAME = Pattern.compile("([A-Za-z_][\\w.]*)\\s*\\(");
    /** A USE clause, which opens a query or a subquery, would reach outside the catalog database. */
    private static final Pattern USE_CLAUSE = Pattern.compile("(?i)(^|\\{|\\bUNION(\\s+ALL)?)\\s*USE\\s");

    private final CatalogDatabase database;

    public ReadOnlyCypher(CatalogDatabase database) {
        this.database = database;
    }

    /** Runs the query if it only reads, with the {@link #DEFAULT_MAX_CHARS default size cap}. */
    public CypherResult run(String cypher, Map<String, Object> parameters, int maxRows, Duration timeout) {
        return run(cypher, parameters, maxRows, DEFAULT_MAX_CHARS, timeout);
    }

    /**
     * Runs the query if it only reads.
     *
     * @param maxChars the rows' size cap in characters of their JSON form (roughly); the rows before
     *                 the one that passes it are returned
     * @throws RejectedQueryException when the query writes, reads files, calls a procedure that is not
     *                                allowed, does not parse, holds an expression the timeout could not
     *                                stop, times out, or its first row alone passes the size cap
     */
    public CypherResult run(String cypher, Map<String, Object> parameters, int maxRows, long maxChars,
            Duration timeout) {
        if (cypher == null || cypher.isBlank()) {
            throw new RejectedQueryException("The query is empty: pass a Cypher query such as "
                    + "MATCH (c:Component) RETURN c.ref LIMIT 10");
        }
        if (cypher.length() > MAX_QUERY_CHARS) {
            throw new RejectedQueryException(String.format(Locale.ROOT, "Refused: the query is %,d characters long; "
                    + "at most %,d are allowed. Pass data as parameters", cypher.length(), MAX_QUERY_CHARS));
        }
        if (USE_CLAUSE.matcher(cypher).find()) {
            throw new RejectedQueryException("Refused: USE is not allowed; queries run against the catalog "
                    + "database only");
        }
        try (Session session = database.session(AccessMode.READ, FETCH_SIZE);
             Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
            ResultSummary plan = tx.run("EXPLAIN " + cypher, parameters).consume();
            check(plan);
            ExpressionLoops.check(CypherSyntax.parse(cypher, languageVersion(plan)), parameters);
            CypherResult result = collect(tx.run(cypher, parameters), maxRows, maxChars);
            tx.rollback();
            return result;
        } catch (ClientException | TransientException e) {
            throw new RejectedQueryException(describe(e, timeout), e);
        }
    }

    private static CypherResult collect(Result result, int maxRows, long maxChars) {
        List<String> columns = result.keys();
        List<Map<String, Object>> rows = new ArrayList<>();
        CypherValues values = new CypherValues(new ResultBudget(maxChars));
        while (result.hasNext()) {
            Record record = result.next();
            if (rows.size() == maxRows) {
                return new CypherResult(columns, rows, CypherResult.Cap.ROWS);
            }
            try {
                rows.add(values.row(record));
            } catch (ResultBudget.Exhausted e) {
                if (rows.isEmpty()) {
                    throw new RejectedQueryException(String.format(Locale.ROOT, "The query's first row alone is "
                            + "larger than %,d characters, the size cap; return fewer or smaller values "
                            + "(n.ref instead of n, size(list) instead of the list)", maxChars));
                }
                return new CypherResult(columns, rows, CypherResult.Cap.SIZE);
            }
        }
        return new CypherResult(columns, rows, null);
    }

    /** "5" or "25": the Cypher version the database plans the query in (a CYPHER prefix or its default). */
    private static String languageVersion(ResultSummary plan) {
        return plan.hasPlan() && plan.plan().arguments().containsKey("version")
                ? plan.plan().arguments().get("version").asString() : "5";
    }

    /** Procedures and commands first: their own names explain a refusal better than the query type does. */
    private static void check(ResultSummary summary) {
        if (summary.hasPlan()) {
            checkOperators(summary.plan());
        }
        QueryType type = summary.queryType();
        if (type != QueryType.READ_ONLY) {
            throw new RejectedQueryException("Refused: the query " + describe(type) + ". Only read-only queries "
                    + "(MATCH ... RETURN) may run; CREATE, MERGE, SET, DELETE, REMOVE and schema or admin "
                    + "commands are not allowed");
        }
    }

    private static void checkOperators(Plan plan) {
        // Operator types may carry the database, e.g. "ShowTransactions@neo4j".
        String name = plan.operatorType().replaceFirst("@.*$", "");
        String operator = name.toLowerCase(Locale.ROOT);
        if (operator.startsWith("loadcsv")) {
            throw new RejectedQueryException("Refused: LOAD CSV reads files or URLs; queries may only read the graph");
        }
        if ((operator.startsWith("show") || operator.startsWith("terminate")) && !ALLOWED_COMMANDS.contains(operator)) {
            throw new RejectedQueryException("Refused: " + name + " is an administration command; "
                    + "only SHOW INDEXES and SHOW CONSTRAINTS are allowed");
        }
        if (operator.contains("procedurecall")) {
            String signature = String.valueOf(plan.arguments().get("Details"));
            Matcher called = PROCEDURE_NAME.matcher(signature);
            String procedure = called.find() ? called.group(1) : signature;
            if (!ALLOWED_PROCEDURES.contains(procedure.toLowerCase(Locale.ROOT))) {
                throw new RejectedQueryException("Refused: procedure " + procedure + " is not allowed. Allowed: "
                        + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList()));
            }
        }
        plan.children().forEach(ReadOnlyCypher::checkOperators);
    }

    private static String describe(QueryType type) {
        return switch (type) {
            case READ_WRITE, WRITE_ONLY -> "writes to the graph";
            case SCHEMA_WRITE -> "changes the schema";
            default -> "is not a read-only query";
        };
    }

    private static String describe(Neo4jException e, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
        if (code.contains("MemoryPoolOutOfMemory") || code.contains("MemoryLimit")) {
            return "The query needed more memory than one query may use and was stopped: return fewer or "
                    + "smaller values, or aggregate in the query";
        }
        if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
            return "The query ran longer than " + timeout.toSeconds() + " s and was stopped: add a LIMIT, "
                    + "anchor the MATCH on an indexed property such as {ref: ...}, or bound variable-length paths";
        }
        if (code.contains("AccessMode") || code.contains("Forbidden")) {
            return "Refused: the query tried to write; only read-only queries may run";
        }
        return "The query failed: " + e.getMessage();
    }
}
