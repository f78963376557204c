package com.cataloggraph.app.cli;

import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.model.query.CypherResult;
import com.cataloggraph.model.query.ReadOnlyCypher;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** Runs one read-only Cypher query and prints its rows as JSON lines. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a read-only Cypher query; prints one JSON object per row. Writes, LOAD CSV and "
                + "admin procedures are refused.")
public final class QueryCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(index = "0", paramLabel = "CYPHER", description = "The query, e.g. 'MATCH (c:Component) RETURN c.ref'.")
    String cypher;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter; VALUE is read as JSON when it parses (42, true, [\"a\"]), "
                    + "else as a string.")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--limit", paramLabel = "ROWS", defaultValue = "1000",
            description = "At most this many rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "PT30S",
            description = "Stop the query after this long, ISO-8601 (default: 30 s).")
    Duration timeout;

    @Option(names = "--max-chars", paramLabel = "CHARS", defaultValue = "16000000",
            description = "Stop once the rows pass this many characters of JSON (default: ${DEFAULT-VALUE}).")
    long maxChars;

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = CatalogRuntime.startGraph("query", database.properties(0))) {
            CypherResult result = context.getBean(ReadOnlyCypher.class)
                    .run(cypher, typed(parameters), limit, maxChars, timeout);
            PrintWriter out = spec.commandLine().getOut();
            result.rows().forEach(row -> out.println(JSON.writeValueAsString(row)));
            out.flush();
            if (result.stoppedBy() != null) {
                spec.commandLine().getErr().println(result.stoppedBy() == CypherResult.Cap.ROWS
                        ? "note: stopped after " + limit + " rows; raise --limit for more"
                        : "note: stopped after " + result.rows().size() + " rows, past " + maxChars
                                + " characters; raise --max-chars for more");
                spec.commandLine().getErr().flush();
            }
            return ExitCodes.OK;
        }
    }

    static Map<String, Object> typed(Map<String, String> raw) {
        Map<String, Object> typed = new LinkedHashMap<>();
        raw.forEach((name, value) -> typed.put(name, parse(value)));
        return typed;
    }

    private static Object parse(String value) {
        try {
            Object parsed = JSON.readValue(value, Object.class);
            return parsed instanceof Integer i ? Long.valueOf(i) : parsed instanceof List<?> || parsed instanceof Map<?, ?>
                    || parsed instanceof Number || parsed instanceof Boolean || parsed instanceof String ? parsed : value;
        } catch (RuntimeException e) {
            return value;
        }
    }
}
