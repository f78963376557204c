package com.cataloggraph.app.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.config.IngestProperties;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogTools;
import com.cataloggraph.mcp.tool.CatalogTool;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.CatalogGraph;
import com.cataloggraph.model.testing.TestNeo4j;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The held-out check, automated: the sample catalog is ingested, every tool answers questions about it,
 * and every citation in every answer is opened at its line, which must hold the fact cited there (the
 * name of the entity the citation stands beside, or, for an entity's own descriptor, the document
 * that defines it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitedLinesHoldTheirFactsTest {

    /** A citation in text: {@code @file:line}, or {@code @:line} for the file cited before it. */
    private static final Pattern CITATION = Pattern.compile("@([^\\s,>@]*):(\\d+)");
    /** An entity ref; group 1 is its name. */
    private static final Pattern REF = Pattern.compile("[a-z]+:[a-z0-9-]+/([a-z0-9._-]+)");
    /** An answer's subject file: the {@code source:} line of get_entity. */
    private static final Pattern SOURCE = Pattern.compile("^source: \\S+ (\\S+):\\d+", Pattern.MULTILINE);

    private static final Map<String, List<Map<String, Object>>> QUESTIONS = Map.ofEntries(
            Map.entry("search_entities", List.of(Map.of("query", "payments"), Map.of("query", "database"))),
            Map.entry("get_entity", List.of(Map.of("entity", "payments-service"), Map.of("entity", "events-bus"),
                    Map.of("entity", "payments-team"), Map.of("entity", "traffic-feed"))),
            Map.entry("get_owner", List.of(Map.of("entity", "payments-service"), Map.of("entity", "ledger-db"))),
            Map.entry("get_dependencies", List.of(Map.of("entity", "storefront-web", "depth", 3))),
            Map.entry("get_dependents", List.of(Map.of("entity", "ledger-db", "depth", 3))),
            Map.entry("find_path", List.of(Map.of("from", "nora.ahmed", "to", "ledger-service"),
                    Map.of("from", "route-planner", "to", "sre-team"))),
            Map.entry("get_team", List.of(Map.of("team", "payments-team"), Map.of("team", "sre-team"))),
            Map.entry("get_user", List.of(Map.of("user", "li.wei"))),
            Map.entry("get_system", List.of(Map.of("system", "payments"), Map.of("system", "fulfillment"))),
            Map.entry("get_api", List.of(Map.of("api", "payments-api"))),
            Map.entry("list_entities", List.of(Map.of("kind", "component"), Map.of("kind", "resource"))),
            Map.entry("get_repository_context", List.of(Map.of("repository", "payments-service"),
                    Map.of("repository", "platform-infra"))));

    private final TestNeo4j neo4j = TestNeo4j.get();
    private List<CatalogTool<?>> tools;
    private ToolContext context;

    @BeforeAll
    void ingestTheSampleCatalog() throws IOException {
        CatalogGraph graph = CatalogGraph.over(neo4j.clean().database());
        CatalogIngester ingester = new CatalogIngester(graph, IngestProperties.defaults());
        ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(SampleCatalog.root())), OrphanStrategy.KEEP,
                false));
        context = ToolContext.over(graph, McpSettings.DEFAULTS);
        tools = CatalogTools.all(context);
    }

    /**
     * A citation holds its fact when its line names an entity of the fact: one named in the text since the
     * citation before it, the one a path hop leads to, or the answer's subject (the other end of a relation
     * declared from the far end, {@code dependencyOf} or {@code memberOf}); or, for an entity's own citation,
     * when a document defining it starts there.
     */
    @Test
    void everyCitationInEveryAnswerPointsAtALineHoldingItsFact() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CatalogTool<?> tool : tools) {
            for (Map<String, Object> question : QUESTIONS.getOrDefault(tool.name(), List.of())) {
                String answer = text(tool.call(question, context.freshness()));
                String subjectFile = subjectFile(answer);
                List<String> subjects = subjects(tool.name(), answer);
                String current = subjectFile;
                for (String line : answer.split("\n")) {
                    current = line.startsWith("- ") ? current : subjectFile;
                    Matcher cited = CITATION.matcher(line);
                    int clauseStart = 0;
                    while (cited.find()) {
                        String file = cited.group(1).isEmpty() ? current : cited.group(1);
                        current = file;
                        int number = Integer.parseInt(cited.group(2));
                        List<String> names = names(line.substring(clauseStart, cited.start()));
                        String after = line.substring(cited.end());
                        Matcher next = REF.matcher(after);
                        if (after.startsWith("->") && next.find()) {
                            names.add(next.group(1));
                        }
                        boolean ownDocument = names.stream().anyMatch(name -> definedAt(file, number, name));
                        names.addAll(subjects);
                        checked++;
                        String text = lineOf(file, number).toLowerCase(Locale.ROOT);
                        if (!ownDocument && names.stream().noneMatch(name -> text.contains(name.toLowerCase(Locale.ROOT)))) {
                            wrong.add(tool.name() + " " + question + ": " + cited.group() + " after \""
                                    + line.substring(clauseStart, cited.start()).trim() + "\" -> " + file + ":" + number
                                    + " = \"" + lineOf(file, number) + "\"");
                        }
                        clauseStart = cited.end();
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("citations checked").isGreaterThan(150);
    }

    @Test
    void getEntityCitesEachRelationInItsStructuredContentToo() {
        CallToolResult result = call("get_entity", Map.of("entity", "payments-service"));

        assertThat(result.structuredContent().toString())
                .contains("relation=dependsOn, ref=resource:default/events-bus, at=platform-infra/catalog-info.yaml:71")
                .contains("relation=dependsOn, ref=resource:default/payments-db, at=payments-service/catalog-info.yaml:32")
                .contains("sourceFile=payments-service/catalog-info.yaml").contains("lines=1-32");
        assertThat(text(result)).contains("dependsOn: component:default/ledger-service @:30, component:default/money-lib"
                + " @:31, resource:default/events-bus @platform-infra/catalog-info.yaml:71, resource:default/payments-db"
                + " @payments-service/catalog-info.yaml:32");
    }

    @Test
    void getEntityExplainsAPlaceholderByTheLineThatPointsAtIt() {
        assertThat(text(call("get_entity", Map.of("entity", "traffic-feed")))).contains("No file defines it; it exists "
                + "because route-planner/catalog-info.yaml:19 (component:default/route-planner spec.dependsOn[0]) "
                + "points at it.");
    }

    private CallToolResult call(String name, Map<String, Object> arguments) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow()
                .call(arguments, context.freshness());
    }

    /**
     * The entities an answer is about, one end of every relation it cites: the first one named, or for a
     * repository's context each of its entities (listed first, one a line); none for search and listings.
     */
    private static List<String> subjects(String tool, String answer) {
        if (tool.equals("search_entities") || tool.equals("list_entities")) {
            return List.of();
        }
        if (tool.equals("get_repository_context")) {
            return names(String.join("\n", answer.lines().filter(line -> line.startsWith("- ")).toList()));
        }
        Matcher first = REF.matcher(answer);
        return first.find() ? List.of(first.group(1)) : List.of();
    }

    /** Names of the entities a piece of text mentions. */
    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher ref = REF.matcher(text);
        while (ref.find()) {
            names.add(ref.group(1));
        }
        return names;
    }

    /** True when a YAML document starts at the line and its metadata.name (within its first lines) is the name. */
    private static boolean definedAt(String file, int number, String name) {
        List<String> lines = lines(file);
        if (number < 1 || number > lines.size() || !lines.get(number - 1).startsWith("apiVersion:")) {
            return false;
        }
        for (int i = number; i < Math.min(lines.size(), number + 6); i++) {
            if (lines.get(i).trim().equalsIgnoreCase("name: " + name)) {
                return true;
            }
        }
        return false;
    }

    /** The file an answer's first {@code @:line} refers to: get_entity's source, else the first line's citation. */
    private static String subjectFile(String answer) {
        Matcher source = SOURCE.matcher(answer);
        if (source.find()) {
            return source.group(1);
        }
        Matcher first = CITATION.matcher(answer.lines().findFirst().orElse(""));
        return first.find() && !first.group(1).isEmpty() ? first.group(1) : null;
    }

    private static String lineOf(String file, int number) {
        List<String> lines = lines(file);
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "(no line " + number + ")";
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(SampleCatalog.root().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .findFirst().orElseThrow();
    }
}
