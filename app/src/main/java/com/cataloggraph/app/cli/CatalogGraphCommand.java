package com.cataloggraph.app.cli;

import com.cataloggraph.app.agentsmd.AgentsMdCommand;
import com.cataloggraph.app.bench.BenchCommand;
import com.cataloggraph.app.fixtures.FixturesCommand;
import com.cataloggraph.app.ingest.IngestCommand;
import com.cataloggraph.app.mcp.McpCommand;
import com.cataloggraph.app.runtime.CatalogGraphVersion;
import com.cataloggraph.app.runtime.CatalogRuntime;
import com.cataloggraph.app.security.TokenCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root of the command line. */
@Command(name = "catalog-graph", mixinStandardHelpOptions = true, versionProvider = CatalogGraphCommand.Version.class,
        description = "A Backstage-style engineering catalog on Neo4j, served to agents (MCP) and people (GraphQL).",
        subcommands = {ServeCommand.class, DemoCommand.class, IngestCommand.class, QueryCommand.class,
                McpCommand.class, AgentsMdCommand.class, FixturesCommand.class, BenchCommand.class, TokenCommand.class,
                StartupTrainingCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Embedded Neo4j by default (data in ./data); set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD "
                + "and NEO4J_DATABASE to use an external Neo4j."})
public final class CatalogGraphCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Quiet by default (progress and results only); {@code -v} anywhere on the line shows the logs. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Show the application's logs on stderr (quiet by default).")
    void verbose(boolean on) {
        CatalogRuntime.verbose(on);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with the project's exit-code mapping, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CatalogRuntime.verbose(false);
        CommandLine commandLine = new CommandLine(new CatalogGraphCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new FailureExitCodes());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** The version the jar was built as, the same MCP reports. */
    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"catalog-graph " + CatalogGraphVersion.current()};
        }
    }
}
