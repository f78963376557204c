package com.cataloggraph.app.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The catalog browser's requests, as its pages send them: the very documents it loads from
 * {@code /ui/queries/} (catalog-ui's {@code META-INF/resources/ui/queries}), with variables drawn from the
 * graph. Measured over HTTP only, the browser's transport; a page's time to show is its one request.
 */
final class UiPageOperations {

    static final String CATALOG_PAGE = "ui_catalog_page";
    static final String SEARCH = "ui_search";
    static final String ENTITY_PAGE = "ui_entity_page";
    static final String TEAM_PAGE = "ui_team_page";
    static final String GRAPH = "ui_graph_depth_2";
    static final String BLAST_RADIUS = "ui_blast_radius";
    static final String INGEST_PAGE = "ui_ingest_page";
    static final List<String> NAMES = List.of(CATALOG_PAGE, SEARCH, ENTITY_PAGE, TEAM_PAGE, GRAPH, BLAST_RADIUS,
            INGEST_PAGE);

    /** As the graph view asks: at most this many entities. */
    private static final int GRAPH_NODES = 500;

    private UiPageOperations() {
    }

    static boolean isUiPage(String name) {
        return NAMES.contains(name);
    }

    static List<GraphQlOperation> all(CatalogSample sample) {
        Random random = new Random(ToolArguments.SETS);
        List<String> components = sample.of("Component").stream().map(CatalogSample.Entry::ref).toList();
        List<String> groups = sample.of("Group").stream().map(CatalogSample.Entry::ref).toList();
        List<String> names = uniqueComponentNames(sample, components);
        List<String> kinds = List.of("component", "api", "resource", "system", "group", "user");
        return List.of(
                operation(CATALOG_PAGE, List.of("catalog-list", "catalog-fragments"), i -> Map.of(
                        "filter", Map.of("kind", kinds.get(i % kinds.size())), "first", 50,
                        "orderBy", Map.of("field", "NAME"))),
                operation(SEARCH, List.of("catalog-search", "catalog-fragments"), i -> Map.of(
                        "text", pick(names, random), "filter", Map.of(), "first", 50)),
                operation(ENTITY_PAGE, List.of("entity-page"), i -> Map.of("ref", pick(components, random))),
                operation(TEAM_PAGE, List.of("entity-page"), i -> Map.of("ref", pick(groups, random))),
                operation(GRAPH, List.of("neighbourhood"), i -> Map.of("ref", pick(components, random), "depth", 2,
                        "direction", "BOTH", "maxNodes", GRAPH_NODES)),
                operation(BLAST_RADIUS, List.of("neighbourhood"), i -> Map.of(
                        "ref", pick(sample.dependedOn(), random), "depth", 3, "direction", "DEPENDENTS",
                        "maxNodes", GRAPH_NODES)),
                operation(INGEST_PAGE, List.of("ingest-page"), i -> new HashMap<>()));
    }

    /** Names that resolve to one entity, so the search's loose-name lookup answers without an error. */
    private static List<String> uniqueComponentNames(CatalogSample sample, List<String> components) {
        List<String> names = sample.of("Component").stream().map(CatalogSample.Entry::name)
                .filter(name -> sample.uniqueNames().contains(name.toLowerCase(Locale.ROOT))).toList();
        return names.isEmpty() ? components : names;
    }

    /** @param files the operation's file and the files of the fragments it uses, joined as the page joins them */
    private static GraphQlOperation operation(String name, List<String> files,
                                              Function<Integer, Map<String, Object>> variables) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int i = 0; i < ToolArguments.SETS; i++) {
            sets.add(variables.apply(i));
        }
        return new GraphQlOperation(name, String.join("\n", files.stream().map(UiPageOperations::document).toList()),
                sets);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String document(String file) {
        String path = "/META-INF/resources/ui/queries/" + file + ".graphql";
        try (InputStream in = UiPageOperations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application (catalog-ui)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
