package com.cataloggraph.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The README's first command: the server on the embedded database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Serve on the embedded database in ./data (same as serve; loads the sample catalog once "
                + "ingest exists).")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: 8080).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine serve = spec.parent().subcommands().get("serve");
        return serve.execute("--port", String.valueOf(port));
    }
}
