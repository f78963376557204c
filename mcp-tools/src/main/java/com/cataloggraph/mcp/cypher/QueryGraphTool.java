package com.cataloggraph.mcp.cypher;

import static com.cataloggraph.mcp.tool.Schemas.list;
import static com.cataloggraph.mcp.tool.Schemas.field;
import static com.cataloggraph.mcp.tool.Schemas.anyObject;
import static com.cataloggraph.mcp.tool.Schemas.bool;
import static com.cataloggraph.mcp.tool.Schemas.integer;
import static com.cataloggraph.mcp.tool.Schemas.object;
import static com.cataloggraph.mcp.tool.Schemas.optional;
import static com.cataloggraph.mcp.tool.Schemas.output;
import static com.cataloggraph.mcp.tool.Schemas.required;
import static com.cataloggraph.mcp.tool.Schemas.string;

import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.GraphModel;
import com.cataloggraph.mcp.tool.Schemas;
import com.cataloggraph.mcp.tool.TextRendering;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.mcp.tool.ToolOutput;
import com.cataloggraph.model.query.CypherResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Read-only Cypher for what the other tools cannot answer. */
public final class QueryGraphTool extends CatalogTool<QueryGraphTool.Input> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A cell longer than this is shortened in the text rendering (the structured rows keep it whole). */
    private static final int CELL_CHARS = 200;

    public record Input(String cypher, Map<String, Object> params, Integer limit) {
    }

    /** @param truncated true when rows were left out (row cap or answer size) */
    public record Output(List<String> columns, List<Map<String, Object>> rows, boolean truncated, String note)
            implements ToolOutput {
        @Override
        public String render() {
            if (rows.isEmpty()) {
                return "No rows." + (note == null ? "" : " " + note);
            }
            String lines = rows.stream().map(row -> columns.stream().map(c -> cell(row.get(c)))
                    .collect(Collectors.joining(" | "))).collect(Collectors.joining("\n"));
            return String.join(" | ", columns) + "\n" + lines + (note == null ? "" : "\n" + note);
        }

        private static String cell(Object value) {
            String text = value instanceof String s ? s : JSON.writeValueAsString(value);
            return TextRendering.shorten(text, CELL_CHARS);
        }
    }

    private final ToolContext context;

    public QueryGraphTool(ToolContext context) {
        super("query_graph",
                "Read-only Cypher for what other tools cannot answer (rows capped, time-limited, writes refused); "
                        + "values as $params. " + GraphModel.SUMMARY,
                object(required("cypher", string()), optional("params", anyObject()),
                        optional("limit", integer(1, context.settings().queryRowLimit(), null))),
                output(field("columns", list(string())), field("rows", list(Schemas.row())),
                        field("truncated", bool())),
                Input.class);
        this.context = context;
    }

    /** The query runs in a transaction of its own, with the query timeout; the freshness stamp in another. */
    @Override
    protected boolean readsInOneTransaction() {
        return false;
    }

    @Override
    protected ToolOutput answer(Input input) {
        int limit = input.limit() == null ? context.settings().queryRowLimit() : input.limit();
        // The database side stops converting at the answer's size too, so one huge row is never copied whole.
        CypherResult result = context.cypher().run(input.cypher(), input.params() == null ? Map.of() : input.params(),
                limit, context.settings().maxAnswerChars(), context.settings().queryTimeout());
        List<Map<String, Object>> rows = new ArrayList<>();
        int chars = 0;
        boolean tooBig = result.stoppedBy() == CypherResult.Cap.SIZE;
        for (Map<String, Object> row : result.rows()) {
            chars += JSON.writeValueAsString(row).length();
            if (chars > context.settings().maxAnswerChars()) {
                tooBig = true;
                break;
            }
            rows.add(row);
        }
        String note = null;
        if (tooBig) {
            note = "Stopped after " + rows.size() + " rows: the answer passed " + context.settings().maxAnswerChars()
                    + " characters. Return fewer or smaller columns (e.g. n.ref instead of n).";
        } else if (result.stoppedBy() == CypherResult.Cap.ROWS) {
            note = "Stopped at " + limit + " rows; add ORDER BY with SKIP, or narrow the MATCH.";
        }
        return new Output(result.columns(), rows, tooBig || result.truncated(), note);
    }
}
