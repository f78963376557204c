package com.cataloggraph.app.neo4j;

import java.nio.charset.StandardCharsets;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.systemgraph.SecurityGraphDbmsModel;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;

/**
 * Whether the embedded system database already holds a user's password, read through the core
 * API: a fresh process's first Cypher statement (the {@code ALTER USER} that sets it) costs
 * 1.5–2 s of compiler start-up, which a start that finds the password in place skips. Internal
 * API (the security graph's labels and properties), kept here only; anything unexpected counts as
 * "not held", so the caller sets the password as before.
 */
final class StoredPassword {

    private static final String NAME = "name";
    private static final String CREDENTIALS = "credentials";
    private static final String CHANGE_REQUIRED = "passwordChangeRequired";

    private StoredPassword() {
    }

    static boolean isHeld(DatabaseManagementService dbms, String user, String password) {
        try (Transaction tx = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).beginTx()) {
            Node node = tx.findNode(SecurityGraphDbmsModel.USER_LABEL, NAME, user);
            if (node == null || !Boolean.FALSE.equals(node.getProperty(CHANGE_REQUIRED, null))
                    || !(node.getProperty(CREDENTIALS, null) instanceof String credentials)) {
                return false;
            }
            return SystemGraphCredential.deserialize(credentials, new SecureHasher())
                    .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false;
        }
    }
}
