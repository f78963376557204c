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
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Runs Cypher written by people and agents, read-only and bounded. Before anything runs, the
 * query is planned with {@code EXPLAIN} and refused unless the planner says it only reads and
 * its plan calls no file access ({@code LOAD CSV}) and no procedure outside a short list of
 * read-only catalog procedures. It then runs in a read transaction (the database refuses writes
 * there too) with a timeout, and stops after the row cap.
 */
public final class ReadOnlyCypher {

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

    /**
     * Runs the query if it only reads.
     *
     * @throws RejectedQueryException when the query writes, reads files, calls a procedure that is not
     *                                allowed, does not parse, or times out
     */
    public CypherResult run(String cypher, Map<String, Object> parameters, int maxRows, Duration timeout) {
        if (cypher == null || cypher.isBlank()) {
            throw new RejectedQueryException("The query is empty: pass a Cypher query such as "
                    + "MATCH (c:Component) RETURN c.ref LIMIT 10");
        }
        if (USE_CLAUSE.matcher(cypher).find()) {
            throw new RejectedQueryException("Refused: USE is not allowed; queries run against the catalog "
                    + "database only");
        }
        try (Session session = database.session(AccessMode.READ)) {
            check(plan(session, cypher, parameters));
            try (Transaction tx = session.beginTransaction(TransactionConfig.builder().withTimeout(timeout).build())) {
                Result result = tx.run(cypher, parameters);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    Record record = result.next();
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    rows.add(CypherValues.row(record));
                }
                tx.rollback();
                return new CypherResult(columns, rows, truncated);
            }
        } catch (ClientException e) {
            throw new RejectedQueryException(describe(e, timeout), e);
        }
    }

    private static ResultSummary plan(Session session, String cypher, Map<String, Object> parameters) {
        try (Transaction tx = session.beginTransaction()) {
            return tx.run("EXPLAIN " + cypher, parameters).consume();
        }
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

    private static String describe(ClientException e, Duration timeout) {
        String code = e.code() == null ? "" : e.code();
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
