package com.cataloggraph.app.bench;

import com.cataloggraph.mcp.server.CatalogMcpServer;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.Freshness;
import com.cataloggraph.model.CatalogGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;

/**
 * Everything {@code bench queries} measures, in the order it prints: each of the 13 MCP tools, then
 * the three GraphQL queries, each in-process, then over HTTP; then the catalog browser's page requests,
 * over HTTP.
 */
final class QueryProbes {

    /** How many pages of components the page query is asked for (the first ones, in ref order). */
    static final int MAX_PAGES = 200;

    private QueryProbes() {
    }

    /**
     * @param only names to keep; empty for all
     */
    static List<Probe> all(ApplicationContext context, CatalogSample sample, String baseUrl, Set<String> only) {
        return probes(context, sample, List.of(baseUrl), only, true);
    }

    /** Over HTTP only, each worker calling one of these servers (worker {@code i} the {@code i mod n}-th). */
    static List<Probe> http(ApplicationContext context, CatalogSample sample, List<String> baseUrls,
                            Set<String> only) {
        return probes(context, sample, baseUrls, only, false);
    }

    private static List<Probe> probes(ApplicationContext context, CatalogSample sample, List<String> baseUrls,
                                      Set<String> only, boolean inProcess) {
        CatalogGraph graph = context.getBean(CatalogGraph.class);
        Freshness freshness = new Freshness(graph);
        Map<String, List<Map<String, Object>>> arguments = new ToolArguments(sample).all();
        List<Probe> probes = new ArrayList<>();
        for (CatalogTool<?> tool : context.getBean(CatalogMcpServer.class).tools()) {
            List<Map<String, Object>> sets = arguments.get(tool.name());
            if (sets == null) {
                throw new IllegalStateException("bench queries has no arguments for the tool " + tool.name()
                        + "; add them to ToolArguments");
            }
            if (inProcess) {
                probes.add(new McpToolProbe(tool, freshness, sets));
            }
            probes.add(new McpHttpProbe(tool.name(), baseUrls, sets));
            if (tool.name().equals("list_entities")) {
                List<Map<String, Object>> byOwner = arguments.get(ToolArguments.LIST_BY_OWNER);
                if (inProcess) {
                    probes.add(new NamedProbe(ToolArguments.LIST_BY_OWNER, new McpToolProbe(tool, freshness, byOwner)));
                }
                probes.add(new NamedProbe(ToolArguments.LIST_BY_OWNER, new McpHttpProbe(tool.name(), baseUrls,
                        byOwner)));
            }
        }
        ExecutionGraphQlService graphQl = context.getBean(ExecutionGraphQlService.class);
        for (GraphQlOperation operation : operations(graphQl, sample)) {
            if (inProcess) {
                probes.add(new GraphQlInProcessProbe(operation, graphQl));
            }
            probes.add(new GraphQlHttpProbe(operation, baseUrls));
        }
        for (GraphQlOperation operation : UiPageOperations.all(sample)) {
            probes.add(new GraphQlHttpProbe(operation, baseUrls));
        }
        return only.isEmpty() ? probes : probes.stream().filter(probe -> only.contains(probe.name())).toList();
    }

    /** The names {@code --only} accepts. */
    static List<String> names(ApplicationContext context) {
        List<String> names = new ArrayList<>();
        for (CatalogTool<?> tool : context.getBean(CatalogMcpServer.class).tools()) {
            names.add(tool.name());
            if (tool.name().equals("list_entities")) {
                names.add(ToolArguments.LIST_BY_OWNER);
            }
        }
        names.addAll(List.of(GraphQlOperation.COMPONENTS_PAGE, GraphQlOperation.WHO_OWNS, GraphQlOperation.BLAST_RADIUS));
        names.addAll(UiPageOperations.NAMES);
        return names;
    }

    private static List<GraphQlOperation> operations(ExecutionGraphQlService graphQl, CatalogSample sample) {
        Random random = new Random(ToolArguments.SETS);
        List<Map<String, Object>> owned = new ArrayList<>();
        List<Map<String, Object>> dependedOn = new ArrayList<>();
        for (int i = 0; i < ToolArguments.SETS; i++) {
            List<CatalogSample.Entry> components = sample.of("Component");
            owned.add(Map.of("ref", components.get(random.nextInt(components.size())).ref()));
            dependedOn.add(Map.of("ref", sample.dependedOn().get(random.nextInt(sample.dependedOn().size()))));
        }
        String page = GraphQlOperation.document(GraphQlOperation.COMPONENTS_PAGE);
        return List.of(
                new GraphQlOperation(GraphQlOperation.COMPONENTS_PAGE, page, pageCursors(graphQl, page)),
                new GraphQlOperation(GraphQlOperation.WHO_OWNS, GraphQlOperation.document(GraphQlOperation.WHO_OWNS),
                        owned),
                new GraphQlOperation(GraphQlOperation.BLAST_RADIUS,
                        GraphQlOperation.document(GraphQlOperation.BLAST_RADIUS), dependedOn));
    }

    /** The variables of the first pages: none for the first, then each page's end cursor. */
    private static List<Map<String, Object>> pageCursors(ExecutionGraphQlService graphQl, String page) {
        List<Map<String, Object>> pages = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>();
        while (pages.size() < MAX_PAGES) {
            pages.add(Map.copyOf(variables));
            ExecutionGraphQlResponse response = GraphQlInProcessProbe.execute(graphQl, page, variables);
            if (!response.getErrors().isEmpty()) {
                throw new IllegalStateException("the components page query failed: "
                        + response.getErrors().getFirst().getMessage());
            }
            Map<String, Object> pageInfo = response.field("entities.pageInfo").getValue();
            if (pageInfo == null || !Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
                break;
            }
            variables = Map.of("after", pageInfo.get("endCursor"));
        }
        return pages;
    }
}
