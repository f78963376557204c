package com.cataloggraph.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One of the three typical GraphQL queries {@code bench queries} measures, with the variables it is
 * called with. The documents are {@code .graphql} files beside this class.
 *
 * @param name      the file's name without {@code .graphql}
 * @param document  the operation
 * @param variables variable sets, walked through by the workers
 */
record GraphQlOperation(String name, String document, List<Map<String, Object>> variables) {

    static final String COMPONENTS_PAGE = "components_page";
    static final String WHO_OWNS = "who_owns";
    static final String BLAST_RADIUS = "blast_radius";

    static String document(String name) {
        try (InputStream in = GraphQlOperation.class.getResourceAsStream(name + ".graphql")) {
            if (in == null) {
                throw new IllegalStateException(name + ".graphql is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
