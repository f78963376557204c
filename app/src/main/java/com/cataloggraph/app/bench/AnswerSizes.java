package com.cataloggraph.app.bench;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sizes of tool answers: each call's text and {@code structuredContent} (as JSON) in characters, the
 * median per tool and the median over all calls, and the growth against an earlier measurement.
 *
 * @param calls every call measured, in order
 */
record AnswerSizes(List<Call> calls) {

    /**
     * One call and its answer's size.
     *
     * @param text       characters of the text content
     * @param structured characters of the structured content as JSON
     */
    record Call(String tool, Map<String, Object> arguments, int text, int structured, boolean error) {

        int total() {
            return text + structured;
        }
    }

    /** Three questions per tool about the sample catalog (Larkspur), as an agent would ask them. */
    static final Map<String, List<Map<String, Object>>> SAMPLE_CALLS = sampleCalls();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static AnswerSizes measure(List<CatalogTool<?>> tools, ToolContext context,
                               Map<String, List<Map<String, Object>>> arguments) {
        List<Call> calls = new ArrayList<>();
        for (CatalogTool<?> tool : tools) {
            for (Map<String, Object> call : arguments.getOrDefault(tool.name(), List.of())) {
                CallToolResult result = tool.call(call, context.freshness());
                int text = result.content().stream().filter(TextContent.class::isInstance)
                        .mapToInt(c -> ((TextContent) c).text().length()).sum();
                int structured = result.structuredContent() == null ? 0
                        : JSON.writeValueAsString(result.structuredContent()).length();
                calls.add(new Call(tool.name(), call, text, structured, Boolean.TRUE.equals(result.isError())));
            }
        }
        return new AnswerSizes(List.copyOf(calls));
    }

    /** Each call and the text of its answer, for reading. */
    static List<String> texts(List<CatalogTool<?>> tools, ToolContext context,
                              Map<String, List<Map<String, Object>>> arguments) {
        List<String> texts = new ArrayList<>();
        for (CatalogTool<?> tool : tools) {
            for (Map<String, Object> call : arguments.getOrDefault(tool.name(), List.of())) {
                texts.add("");
                texts.add("== " + tool.name() + " " + call);
                tool.call(call, context.freshness()).content().stream().filter(TextContent.class::isInstance)
                        .forEach(c -> texts.add(((TextContent) c).text()));
            }
        }
        return texts;
    }

    static AnswerSizes read(Path file) throws IOException {
        Map<String, Object> json = JSON.readValue(Files.readString(file), new TypeReference<Map<String, Object>>() { });
        return new AnswerSizes(JSON.convertValue(json.get("calls"), new TypeReference<List<Call>>() { }));
    }

    /** Median total size over all calls. */
    double median() {
        return median(calls.stream().map(Call::total).toList());
    }

    double medianText() {
        return median(calls.stream().map(Call::text).toList());
    }

    Map<String, Double> medianByTool() {
        Map<String, List<Integer>> byTool = new LinkedHashMap<>();
        calls.forEach(call -> byTool.computeIfAbsent(call.tool(), tool -> new ArrayList<>()).add(call.total()));
        Map<String, Double> medians = new LinkedHashMap<>();
        byTool.forEach((tool, sizes) -> medians.put(tool, median(sizes)));
        return medians;
    }

    List<String> lines(AnswerSizes before) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-24s %7s %11s %7s  %s", "tool", "text", "structured", "total",
                "arguments"));
        for (Call call : calls) {
            lines.add(String.format(Locale.ROOT, "%-24s %7d %11d %7d  %s%s", call.tool(), call.text(),
                    call.structured(), call.total(), call.arguments(), call.error() ? "  (isError)" : ""));
        }
        lines.add("");
        Map<String, Double> byTool = medianByTool();
        Map<String, Double> beforeByTool = before == null ? Map.of() : before.medianByTool();
        byTool.forEach((tool, median) -> lines.add(String.format(Locale.ROOT, "median %-22s %8.0f%s", tool, median,
                beforeByTool.containsKey(tool) ? growth(beforeByTool.get(tool), median) : "")));
        lines.add(String.format(Locale.ROOT, "median over %d calls (text + structured) %8.0f%s", calls.size(),
                median(), before == null ? "" : growth(before.median(), median())));
        lines.add(String.format(Locale.ROOT, "median over %d calls (text only)         %8.0f%s", calls.size(),
                medianText(), before == null ? "" : growth(before.medianText(), medianText())));
        lines.add(String.format(Locale.ROOT, "median of the 13 tools' medians          %8.0f%s",
                median(byTool.values().stream().map(Double::intValue).toList()),
                before == null ? "" : growth(median(beforeByTool.values().stream().map(Double::intValue).toList()),
                        median(byTool.values().stream().map(Double::intValue).toList()))));
        return lines;
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("median", median());
        json.put("medianText", medianText());
        json.put("medianByTool", medianByTool());
        json.put("calls", calls);
        return json;
    }

    private static String growth(double before, double after) {
        return before == 0 ? "" : String.format(Locale.ROOT, "  (was %.0f, %+.1f%%)", before,
                (after - before) * 100 / before);
    }

    private static double median(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static Map<String, List<Map<String, Object>>> sampleCalls() {
        Map<String, List<Map<String, Object>>> calls = new LinkedHashMap<>();
        calls.put("search_entities", List.of(Map.of("query", "payments"), Map.of("query", "database",
                "kind", "resource"), Map.of("query", "orders")));
        calls.put("get_entity", List.of(Map.of("entity", "payments-service"), Map.of("entity", "events-bus"),
                Map.of("entity", "traffic-feed"), Map.of("entity", "payments-team")));
        calls.put("get_owner", List.of(Map.of("entity", "payments-service"), Map.of("entity", "ledger-db"),
                Map.of("entity", "storefront-web")));
        calls.put("get_dependencies", List.of(Map.of("entity", "storefront-web", "depth", 3),
                Map.of("entity", "payments-service"), Map.of("entity", "fulfillment-service", "depth", 2)));
        calls.put("get_dependents", List.of(Map.of("entity", "ledger-db", "depth", 3),
                Map.of("entity", "events-bus", "depth", 2), Map.of("entity", "money-lib")));
        calls.put("find_path", List.of(Map.of("from", "nora.ahmed", "to", "ledger-service"),
                Map.of("from", "storefront-web", "to", "ledger-db"), Map.of("from", "route-planner", "to", "sre-team")));
        calls.put("get_team", List.of(Map.of("team", "payments-team"), Map.of("team", "sre-team"),
                Map.of("team", "routing-team")));
        calls.put("get_user", List.of(Map.of("user", "nora.ahmed"), Map.of("user", "sam.rivera"),
                Map.of("user", "li.wei")));
        calls.put("get_system", List.of(Map.of("system", "payments"), Map.of("system", "fulfillment"),
                Map.of("system", "cloud-platform")));
        calls.put("get_api", List.of(Map.of("api", "payments-api"), Map.of("api", "ledger-api"),
                Map.of("api", "cart-api")));
        calls.put("list_entities", List.of(Map.of("kind", "component"), Map.of("kind", "resource"),
                Map.of("kind", "api", "owner", "payments-team")));
        calls.put("get_repository_context", List.of(Map.of("repository", "payments-service"),
                Map.of("repository", "platform-infra"), Map.of("repository", "route-planner")));
        calls.put("query_graph", List.of(
                Map.of("cypher", "MATCH (c:Component)-[:OWNED_BY]->(g:Group) RETURN c.name AS component, "
                        + "g.name AS team ORDER BY component"),
                Map.of("cypher", "MATCH (r:Resource) RETURN r.name AS name, r.type AS type ORDER BY name"),
                Map.of("cypher", "MATCH (c:Component {name: 'payments-service'})-[:DEPENDS_ON]->(d) "
                        + "RETURN d.ref AS ref ORDER BY ref")));
        return calls;
    }
}
