package com.cataloggraph.app.bench;

import com.cataloggraph.app.cli.ExitCodes;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.fixtures.SampleCatalog;
import com.cataloggraph.ingest.pipeline.CatalogIngester;
import com.cataloggraph.ingest.pipeline.IngestRequest;
import com.cataloggraph.ingest.pipeline.OrphanStrategy;
import com.cataloggraph.ingest.report.IngestReport;
import com.cataloggraph.mcp.McpSettings;
import com.cataloggraph.mcp.server.CatalogTools;
import com.cataloggraph.mcp.tool.ToolContext;
import com.cataloggraph.model.CatalogGraph;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench answers}: how big the 13 tools' answers are on the sample catalog (what an agent pays in
 * tokens), so a change to the answers (citations, say) can be measured against an earlier run.
 */
@Command(name = "answers", mixinStandardHelpOptions = true,
        description = {"Measure the size of the 13 MCP tools' answers on the sample catalog (fixtures/sample-catalog, "
                + "ingested into a temporary database): each tool is called with the same fixed arguments, and the "
                + "text and structuredContent of every answer are counted in characters (tokens ~ characters / 4). "
                + "Prints every call, the median per tool and the median over all calls; with --baseline FILE "
                + "(an earlier --json) also the growth against it."})
public final class AnswerSizeBenchCommand implements Callable<Integer> {

    @Option(names = "--fixture", paramLabel = "DIR",
            description = "Ingest this folder instead of the sample catalog (the arguments name sample entities).")
    Path fixture;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier run's --json to compare with.")
    Path baseline;

    @Option(names = "--print", description = "Also print each answer's text, as an agent reads it.")
    boolean print;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (TempFolders temp = new TempFolders();
             ConfigurableApplicationContext context = CatalogRuntime.start("bench", false,
                     BenchDatabase.embeddedIn(temp.create("data")))) {
            CatalogIngester ingester = context.getBean(CatalogIngester.class);
            Path catalog = fixture != null ? fixture : SampleCatalog.root();
            IngestReport report = ingester.ingest(new IngestRequest(ingester.sourcesFor(List.of(catalog)),
                    OrphanStrategy.KEEP, false));
            if (!report.succeeded()) {
                throw new IllegalStateException("the catalog did not ingest: " + report.summary());
            }
            ToolContext tools = ToolContext.over(context.getBean(CatalogGraph.class),
                    context.getBean(McpSettings.class));
            AnswerSizes sizes = AnswerSizes.measure(CatalogTools.all(tools), tools, AnswerSizes.SAMPLE_CALLS);
            AnswerSizes before = baseline == null ? null : AnswerSizes.read(baseline);
            sizes.lines(before).forEach(out::println);
            if (print) {
                AnswerSizes.texts(CatalogTools.all(tools), tools, AnswerSizes.SAMPLE_CALLS).forEach(out::println);
            }
            out.flush();
            if (json != null) {
                BenchJson.write(sizes.json(), json);
            }
            return ExitCodes.OK;
        }
    }
}
