package com.cataloggraph.model.store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Constraints and indexes the catalog needs, created idempotently ({@code IF NOT EXISTS}) before
 * anything is written, then awaited so the first queries already use them.
 *
 * <p>{@code IF NOT EXISTS} does not cover two processes creating the same index at the same moment
 * (several instances starting together): the second then fails with "an equivalent index already
 * exists", which means exactly what it wanted, so it is taken as done.
 *
 * <p>{@link #apply(CatalogDatabase)}, run at the start of every writing command, reads the names
 * already in the database first (two statements) and creates only what is missing: every statement
 * is compiled before it can find out there is nothing to do, and in a fresh process each costs tens
 * of milliseconds, about a second for the whole list.
 */
public final class CatalogSchema {

    /** The full-text index behind search. */
    public static final String SEARCH_INDEX = "entity_search";

    static final List<String> STATEMENTS = List.of(
            "CREATE CONSTRAINT entity_ref IF NOT EXISTS FOR (n:Entity) REQUIRE n.ref IS UNIQUE",
            // ENDS WITH / CONTAINS on the key: resolves loose names such as "payments".
            "CREATE TEXT INDEX entity_ref_text IF NOT EXISTS FOR (n:Entity) ON (n.ref)",
            "CREATE INDEX entity_repository IF NOT EXISTS FOR (n:Entity) ON (n.repository)",
            "CREATE INDEX entity_repository_url IF NOT EXISTS FOR (n:Entity) ON (n.repositoryUrl)",
            // get_repository_context seeks a repository's entities and files by name key however it was named.
            "CREATE INDEX entity_repository_name IF NOT EXISTS FOR (n:Entity) ON (n.repositoryName)",
            "CREATE INDEX entity_repository_url_name IF NOT EXISTS FOR (n:Entity) ON (n.repositoryUrlName)",
            "CREATE INDEX source_file_repository_name IF NOT EXISTS FOR (f:SourceFile) ON (f.repositoryName)",
            "CREATE INDEX entity_source_file IF NOT EXISTS FOR (n:Entity) ON (n.sourceFile)",
            "CREATE INDEX entity_kind_type IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.type)",
            "CREATE INDEX entity_missing IF NOT EXISTS FOR (n:Entity) ON (n.missing)",
            "CREATE INDEX entity_orphan IF NOT EXISTS FOR (n:Entity) ON (n.orphan)",
            "CREATE FULLTEXT INDEX " + SEARCH_INDEX + " IF NOT EXISTS FOR (n:Entity) "
                    + "ON EACH [n.name, n.title, n.description, n.tagText]",
            "CREATE CONSTRAINT ingest_run_id IF NOT EXISTS FOR (r:IngestRun) REQUIRE r.id IS UNIQUE",
            "CREATE INDEX ingest_run_started IF NOT EXISTS FOR (r:IngestRun) ON (r.startedAt)",
            // Finds the runs left open by a process that died, whenever a run takes the lease.
            "CREATE INDEX ingest_run_status IF NOT EXISTS FOR (r:IngestRun) ON (r.status)",
            // One lease node, even when two processes create it at the same moment.
            "CREATE CONSTRAINT ingest_lease_name IF NOT EXISTS FOR (l:IngestLease) REQUIRE l.name IS UNIQUE",
            // The history: what changed since a time, and what happened to one entity.
            "CREATE INDEX entity_change_at IF NOT EXISTS FOR (c:EntityChange) ON (c.at)",
            "CREATE INDEX entity_change_ref IF NOT EXISTS FOR (c:EntityChange) ON (c.ref)",
            // Explanations find the files that lost a ref conflict (they retry on every run) without a scan.
            "CREATE INDEX source_file_retry IF NOT EXISTS FOR (f:SourceFile) ON (f.retry)",
            // get_entity and get_repository_context read a repository's troubled files on every call: a seek, not
            // a scan of every file of the catalog.
            "CREATE INDEX source_file_repository IF NOT EXISTS FOR (f:SourceFile) ON (f.repository)",
            // One node per data migration a store has had, even when two processes record it at the same moment.
            "CREATE CONSTRAINT schema_migration_name IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.name IS UNIQUE");

    private static final String AWAIT = "CALL db.awaitIndexes(300)";

    private static final String INDEXES = "SHOW INDEXES YIELD name, state RETURN name, state";
    private static final String CONSTRAINTS = "SHOW CONSTRAINTS YIELD name RETURN name";
    private static final String ONLINE = "ONLINE";

    /** The name a statement creates; a statement without one is always run. */
    private static final Pattern NAMED = Pattern.compile("CREATE (?:[A-Z]+ )?(?:INDEX|CONSTRAINT) (\\w+) IF NOT EXISTS\\b.*",
            Pattern.DOTALL);

    /** Another process created the same index or constraint between our check and our commit. */
    private static final Set<String> CREATED_ELSEWHERE = Set.of(
            "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
            "Neo.ClientError.Schema.IndexAlreadyExists",
            "Neo.ClientError.Schema.ConstraintAlreadyExists");

    private CatalogSchema() {
    }

    /**
     * Creates whatever is missing, waits until every index is online, then brings a store written by an earlier
     * version up to date (the repository name keys, {@link RepositoryKeyBackfill}; once per store).
     */
    public static void apply(CatalogDatabase database) {
        ExistingSchema existing = existing(database);
        boolean created = createMissing(database, STATEMENTS, existing.names());
        if (created || !existing.allIndexesOnline()) {
            database.writeStatement(AWAIT, Map.of());
        }
        RepositoryKeyBackfill.run(database);
    }

    /**
     * Runs schema statements, each in its own transaction; one another process ran at the same time counts as
     * run. Every statement is run, so a run makes the same writes every time (the crash tests count them).
     */
    public static void apply(CatalogDatabase database, List<String> statements) {
        createMissing(database, statements, Set.of());
    }

    /** Runs the statements that do not name an index or constraint among {@code names}; whether any ran. */
    private static boolean createMissing(CatalogDatabase database, List<String> statements, Set<String> names) {
        boolean ran = false;
        for (String statement : statements) {
            Matcher named = NAMED.matcher(statement);
            if (named.matches() && names.contains(named.group(1))) {
                continue;
            }
            ran = true;
            try {
                database.writeStatement(statement, Map.of());
            } catch (ClientException e) {
                if (!CREATED_ELSEWHERE.contains(e.code())) {
                    throw e;
                }
            }
        }
        return ran;
    }

    private static ExistingSchema existing(CatalogDatabase database) {
        return database.read(tx -> {
            Set<String> names = new HashSet<>();
            boolean online = true;
            for (var index : tx.run(INDEXES).list()) {
                names.add(index.get("name").asString());
                online &= ONLINE.equals(index.get("state").asString());
            }
            tx.run(CONSTRAINTS).list().forEach(constraint -> names.add(constraint.get("name").asString()));
            return new ExistingSchema(names, online);
        });
    }

    private record ExistingSchema(Set<String> names, boolean allIndexesOnline) {
    }
}
